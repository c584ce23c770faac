package org.filiere.wipe.nvme;

import java.time.Duration;
import org.filiere.internal.Require;
import org.filiere.wipe.verify.ReadBackSettings;

/**
 * How the nvme-cli engine runs. Immutable.
 *
 * @param executable     the nvme binary
 * @param pollInterval   pause between {@code sanitize-log} polls
 * @param sanitizeTimeout how long to poll before giving up (the sanitize continues in the drive regardless)
 * @param formatTimeout  timeout of {@code nvme format}
 * @param readBack       the sampled read-back around the erase: subsections, pseudorandom locations and their
 *                       coverage (NIST SP 800-88 r1 §4.7 figures by default)
 */
public record NvmeConfig(String executable, Duration pollInterval, Duration sanitizeTimeout, Duration formatTimeout,
                         ReadBackSettings readBack) {
    public NvmeConfig {
        Require.nonBlank(executable, "executable");
        Require.nonNull(pollInterval, "pollInterval");
        Require.nonNull(sanitizeTimeout, "sanitizeTimeout");
        Require.nonNull(formatTimeout, "formatTimeout");
        Require.nonNull(readBack, "readBack");
    }

    /** A configuration with the NIST read-back figures (the constructor before the read-back existed). */
    public NvmeConfig(String executable, Duration pollInterval, Duration sanitizeTimeout, Duration formatTimeout) {
        this(executable, pollInterval, sanitizeTimeout, formatTimeout, ReadBackSettings.nist());
    }

    /** nvme from PATH, 10 s polls, 12 h sanitize, 2 h format, NIST read-back with random seeds. */
    public static NvmeConfig defaults() {
        return new NvmeConfig("nvme", Duration.ofSeconds(10), Duration.ofHours(12), Duration.ofHours(2));
    }

    /** A copy with another poll interval (tests use zero). */
    public NvmeConfig withPollInterval(Duration d) {
        return new NvmeConfig(executable, d, sanitizeTimeout, formatTimeout, readBack);
    }

    /** A copy with other read-back settings. */
    public NvmeConfig withReadBack(ReadBackSettings r) {
        return new NvmeConfig(executable, pollInterval, sanitizeTimeout, formatTimeout, r);
    }
}
