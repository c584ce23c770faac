package org.filiere.wipe.schedule;

import java.time.Instant;
import java.util.Optional;
import org.filiere.internal.Require;

/**
 * One disk to erase at the wipe station: either a software overwrite that streams over the dock's bus
 * ({@link Overwrite}) or a firmware command that uses no bus bandwidth ({@link Firmware}). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Task hdd = new Task.Overwrite("hdd-1", 500_107_862_016L, 90, 3, null);
 * Task ssd = new Task.Firmware("ssd-1", 120, true, null);
 * }</pre>
 */
public sealed interface Task permits Task.Overwrite, Task.Firmware {

    /** Unique identifier of the task in its workload. */
    String id();

    /** The due time, or null when the task has none. */
    Instant due();

    /** The due time, if any. */
    default Optional<Instant> dueTime() {
        return Optional.ofNullable(due());
    }

    /**
     * A software overwrite (nwipe): {@code passes} full sequential transfers of the device.
     *
     * @param id            task identifier
     * @param capacityBytes device capacity in bytes, positive
     * @param driveMBps     the drive's own sequential rate in MB/s, positive; caps its bus share
     * @param passes        full transfers (writes and verification reads), at least 1
     * @param due           due time or null
     */
    record Overwrite(String id, long capacityBytes, double driveMBps, int passes, Instant due) implements Task {
        public Overwrite {
            Require.nonBlank(id, "task.id");
            Require.that(capacityBytes > 0, "task.capacityBytes", "capacity must be positive");
            Require.that(driveMBps > 0 && Double.isFinite(driveMBps), "task.driveMBps", "drive rate must be positive");
            Require.that(passes >= 1, "task.passes", "at least one pass");
        }

        /** The amount of data to transfer, in MB (10^6 bytes). */
        public double workMB() {
            return (double) capacityBytes * passes / 1e6;
        }
    }

    /**
     * A firmware erase (ATA security erase, sanitize, NVMe format): a fixed duration, no bus bandwidth.
     *
     * @param id                     task identifier
     * @param firmwareSeconds        duration from the end of handling, not negative
     * @param requiresAtaPassThrough whether only a dock with ATA pass-through can run it
     * @param due                    due time or null
     */
    record Firmware(String id, long firmwareSeconds, boolean requiresAtaPassThrough, Instant due) implements Task {
        public Firmware {
            Require.nonBlank(id, "task.id");
            Require.nonNegative(firmwareSeconds, "task.firmwareSeconds");
        }
    }
}
