package org.filiere.wipe.nwipe;

import java.nio.file.Path;
import java.time.Duration;
import org.filiere.internal.Require;

/**
 * How the station runs nwipe. Immutable.
 *
 * @param executable          the nwipe binary ({@code "nwipe"} resolves through PATH)
 * @param logDirectory        where per-device log files are written (kept as raw evidence)
 * @param pdfDirectory        where nwipe 0.35+ writes its own PDF report, or null for {@code --PDFreportpath=noPDF}
 * @param minBytesPerSecond   the slowest throughput expected; sets the timeout from capacity and passes
 * @param timeoutMargin       added to the computed timeout
 * @param timeoutWhenUnknown  timeout when the medium's capacity is unknown
 */
public record NwipeConfig(String executable, Path logDirectory, Path pdfDirectory, long minBytesPerSecond,
                          Duration timeoutMargin, Duration timeoutWhenUnknown) {
    public NwipeConfig {
        Require.nonBlank(executable, "executable");
        Require.nonNull(logDirectory, "logDirectory");
        Require.that(minBytesPerSecond > 0, "minBytesPerSecond", "must be positive");
        Require.nonNull(timeoutMargin, "timeoutMargin");
        Require.nonNull(timeoutWhenUnknown, "timeoutWhenUnknown");
    }

    /** nwipe from PATH, logs in {@code logDirectory}, no nwipe PDF, 5 MB/s worst case, 10 min margin, 72 h. */
    public static NwipeConfig defaults(Path logDirectory) {
        return new NwipeConfig("nwipe", logDirectory, null, 5_000_000L, Duration.ofMinutes(10),
                Duration.ofHours(72));
    }

    /** A copy using another binary. */
    public NwipeConfig withExecutable(String exe) {
        return new NwipeConfig(exe, logDirectory, pdfDirectory, minBytesPerSecond, timeoutMargin,
                timeoutWhenUnknown);
    }
}
