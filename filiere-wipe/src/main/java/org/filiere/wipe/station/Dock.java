package org.filiere.wipe.station;

import org.filiere.internal.Require;

/**
 * A disk enclosure at the station: how many bays, the bandwidth its bus shares among the overwrites running in
 * it, and whether it passes ATA commands through to the drives (a USB bridge usually does not). Immutable and thread-safe.
 *
 * @param id             the dock's id ({@code usb8}, {@code sata1})
 * @param bays           how many drives it holds at once (at least 1)
 * @param busMBps        bandwidth shared by its overwrites, in MB/s (10^6 bytes per second)
 * @param ataPassThrough whether firmware commands reach the drives
 * @param devicePrefix   when not null, the block-device path of bay {@code n} is {@code devicePrefix + n}: the
 *                       runner wipes whatever sits in the bay (simulated stations use {@code /dev/sim/usb8/});
 *                       when null each task names its own device
 */
public record Dock(String id, int bays, double busMBps, boolean ataPassThrough, String devicePrefix) {
    public Dock {
        Require.nonBlank(id, "dock.id");
        Require.that(bays >= 1, "dock.bays", "a dock has at least one bay");
        Require.that(busMBps > 0, "dock.busMBps", "bus bandwidth must be positive");
    }

    /** A dock whose tasks name their own devices. */
    public static Dock of(String id, int bays, double busMBps, boolean ataPassThrough) {
        return new Dock(id, bays, busMBps, ataPassThrough, null);
    }
}
