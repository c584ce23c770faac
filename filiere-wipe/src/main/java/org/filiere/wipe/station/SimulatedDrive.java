package org.filiere.wipe.station;

import org.filiere.internal.Require;

/**
 * How a simulated drive behaves: its real sustained speed (which may differ from the planner's estimate), how
 * long its firmware commands take, and how many of its first attempts fail and why. Immutable and thread-safe.
 *
 * @param mbps            sustained sequential speed in MB/s
 * @param firmwareSeconds duration of a firmware sanitize / secure erase / format
 * @param failures        how many of the first attempts fail (0: every attempt succeeds)
 * @param failureReason   what the failing attempts report
 */
public record SimulatedDrive(double mbps, long firmwareSeconds, int failures, String failureReason) {
    public SimulatedDrive {
        Require.that(mbps > 0, "mbps", "speed must be positive");
        Require.that(firmwareSeconds >= 0, "firmwareSeconds", "must not be negative");
        Require.that(failures >= 0, "failures", "must not be negative");
        failureReason = failureReason == null ? "write errors: unreadable sectors" : failureReason;
    }

    /** A healthy drive. */
    public static SimulatedDrive healthy(double mbps, long firmwareSeconds) {
        return new SimulatedDrive(mbps, firmwareSeconds, 0, null);
    }

    /** The same drive failing its first {@code n} attempts with {@code reason}. */
    public SimulatedDrive failing(int n, String reason) {
        return new SimulatedDrive(mbps, firmwareSeconds, n, reason);
    }

    /** The same drive at {@code factor} times its speed (0.5: half as fast as expected). */
    public SimulatedDrive slower(double factor) {
        return new SimulatedDrive(mbps * factor, (long) (firmwareSeconds / factor), failures, failureReason);
    }
}
