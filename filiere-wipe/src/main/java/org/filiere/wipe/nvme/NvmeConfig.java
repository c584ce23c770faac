package org.filiere.wipe.nvme;

import java.time.Duration;
import org.filiere.internal.Require;

/**
 * How the nvme-cli engine runs. Immutable.
 *
 * @param executable     the nvme binary
 * @param pollInterval   pause between {@code sanitize-log} polls
 * @param sanitizeTimeout how long to poll before giving up (the sanitize continues in the drive regardless)
 * @param formatTimeout  timeout of {@code nvme format}
 */
public record NvmeConfig(String executable, Duration pollInterval, Duration sanitizeTimeout, Duration formatTimeout) {
    public NvmeConfig {
        Require.nonBlank(executable, "executable");
        Require.nonNull(pollInterval, "pollInterval");
        Require.nonNull(sanitizeTimeout, "sanitizeTimeout");
        Require.nonNull(formatTimeout, "formatTimeout");
    }

    /** nvme from PATH, 10 s polls, 12 h sanitize, 2 h format. */
    public static NvmeConfig defaults() {
        return new NvmeConfig("nvme", Duration.ofSeconds(10), Duration.ofHours(12), Duration.ofHours(2));
    }

    /** A copy with another poll interval (tests use zero). */
    public NvmeConfig withPollInterval(Duration d) {
        return new NvmeConfig(executable, d, sanitizeTimeout, formatTimeout);
    }
}
