package org.filiere.wipe.station;

import java.time.Duration;
import org.filiere.internal.Require;

/**
 * What a task costs the station, as the planner estimates it: an overwrite moves {@code capacityBytes * passes}
 * bytes through its dock's shared bus, each drive capped by its own speed; a firmware command takes a fixed
 * time and no bandwidth, and may need a dock that passes ATA commands through. Immutable and thread-safe.
 *
 * @param kind                   overwrite or firmware
 * @param capacityBytes          the medium's capacity (overwrite)
 * @param driveMBps              the drive's sustained speed in MB/s (overwrite)
 * @param passes                 full sequential transfers: writes plus verification reads (overwrite)
 * @param firmwareSeconds        expected duration (firmware)
 * @param requiresAtaPassThrough only in a dock with ATA pass-through (firmware)
 */
public record Workload(Kind kind, long capacityBytes, double driveMBps, int passes, long firmwareSeconds,
                       boolean requiresAtaPassThrough) {

    /** The two kinds of work, as in the plan contract. */
    public enum Kind { OVERWRITE, FIRMWARE }

    public Workload {
        Require.nonNull(kind, "workload.kind");
        if (kind == Kind.OVERWRITE) {
            Require.that(capacityBytes > 0, "workload.capacityBytes", "an overwrite needs the capacity");
            Require.that(driveMBps > 0, "workload.driveMBps", "drive speed must be positive");
            Require.that(passes >= 1, "workload.passes", "at least one pass");
        } else {
            Require.that(firmwareSeconds >= 0, "workload.firmwareSeconds", "must not be negative");
        }
    }

    /** An overwrite of {@code capacityBytes} at up to {@code driveMBps}, {@code passes} transfers. */
    public static Workload overwrite(long capacityBytes, double driveMBps, int passes) {
        return new Workload(Kind.OVERWRITE, capacityBytes, driveMBps, passes, 0, false);
    }

    /** A firmware command of {@code seconds}. */
    public static Workload firmware(long seconds, boolean requiresAtaPassThrough) {
        return new Workload(Kind.FIRMWARE, 0, 0, 0, seconds, requiresAtaPassThrough);
    }

    /** Megabytes to transfer (0 for firmware). */
    public double megabytes() {
        return kind == Kind.OVERWRITE ? capacityBytes * (double) passes / 1e6 : 0;
    }

    /** Whether a dock can run it. */
    public boolean fits(Dock dock) {
        return !requiresAtaPassThrough || dock.ataPassThrough();
    }

    /** Expected duration when the drive gets {@code mbps} (overwrite) or its fixed time (firmware). */
    public Duration expected(double mbps) {
        if (kind == Kind.FIRMWARE) {
            return Duration.ofSeconds(firmwareSeconds);
        }
        return Duration.ofMillis((long) Math.ceil(megabytes() / Math.min(mbps, driveMBps) * 1000));
    }
}
