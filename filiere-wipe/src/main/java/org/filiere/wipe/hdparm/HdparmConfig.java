package org.filiere.wipe.hdparm;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.filiere.internal.Require;
import org.filiere.wipe.verify.ReadBackSettings;

/**
 * How the hdparm engine runs. Immutable.
 *
 * @param executable          the hdparm binary
 * @param pollInterval        pause between {@code --sanitize-status} polls
 * @param timeoutMargin       added to the drive's own erase estimate (hdparm blocks for the whole erase)
 * @param timeoutWhenUnknown  erase/sanitize timeout when the drive gives no estimate
 * @param allowUsbBridge      send ATA security/sanitize commands through a USB bridge (off: bridges may reset a
 *                            "hung" drive mid-erase and brick it)
 * @param passwords           supplies the temporary security password of each run
 * @param readBack            the sampled read-back around the erase: subsections, pseudorandom locations and their
 *                            coverage (NIST SP 800-88 r1 §4.7 figures by default)
 */
public record HdparmConfig(String executable, Duration pollInterval, Duration timeoutMargin,
                           Duration timeoutWhenUnknown, boolean allowUsbBridge, Supplier<String> passwords,
                           ReadBackSettings readBack) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public HdparmConfig {
        Require.nonBlank(executable, "executable");
        Require.nonNull(pollInterval, "pollInterval");
        Require.nonNull(timeoutMargin, "timeoutMargin");
        Require.nonNull(timeoutWhenUnknown, "timeoutWhenUnknown");
        Require.nonNull(passwords, "passwords");
        Require.nonNull(readBack, "readBack");
    }

    /** A configuration with the NIST read-back figures (the constructor before the read-back existed). */
    public HdparmConfig(String executable, Duration pollInterval, Duration timeoutMargin, Duration timeoutWhenUnknown,
                        boolean allowUsbBridge, Supplier<String> passwords) {
        this(executable, pollInterval, timeoutMargin, timeoutWhenUnknown, allowUsbBridge, passwords,
                ReadBackSettings.nist());
    }

    /**
     * hdparm from PATH, 10 s polls, +30 min margin, 12 h when unknown, no USB bridges, random passwords, NIST
     * read-back (1000 subsections, 2 pseudorandom locations of 5 % + first and last, random seeds).
     */
    public static HdparmConfig defaults() {
        return new HdparmConfig("hdparm", Duration.ofSeconds(10), Duration.ofMinutes(30), Duration.ofHours(12),
                false, HdparmConfig::randomPassword);
    }

    /** A fresh password of 12 hex characters (ATA passwords are at most 32 bytes). */
    public static String randomPassword() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return "fl" + HexFormat.of().formatHex(b);
    }

    /** A copy with another poll interval (tests use zero). */
    public HdparmConfig withPollInterval(Duration d) {
        return new HdparmConfig(executable, d, timeoutMargin, timeoutWhenUnknown, allowUsbBridge, passwords,
                readBack);
    }

    /** A copy with another password supplier. */
    public HdparmConfig withPasswords(Supplier<String> p) {
        return new HdparmConfig(executable, pollInterval, timeoutMargin, timeoutWhenUnknown, allowUsbBridge, p,
                readBack);
    }

    /** A copy with other read-back settings. */
    public HdparmConfig withReadBack(ReadBackSettings r) {
        return new HdparmConfig(executable, pollInterval, timeoutMargin, timeoutWhenUnknown, allowUsbBridge,
                passwords, r);
    }
}
