package org.filiere.wipe.schedule;

import org.filiere.internal.Require;

/**
 * A dock enclosure of the wipe station: {@code bays} drive slots sharing one bus of {@code busMBps}
 * (USB or SATA link). Immutable and thread-safe.
 *
 * <pre>{@code
 * Dock usb8 = new Dock("usb8", 8, 400, false);   // 8-bay USB 3.0 enclosure, no ATA pass-through
 * Dock sata1 = new Dock("sata1", 1, 550, true);  // single SATA bay, ATA commands pass through
 * }</pre>
 *
 * @param id             unique name of the dock in its station
 * @param bays           number of bays, at least 1
 * @param busMBps        bus bandwidth shared by the bays, in MB/s (10^6 bytes per second), positive
 * @param ataPassThrough whether ATA commands (security erase, sanitize) reach the drive
 */
public record Dock(String id, int bays, double busMBps, boolean ataPassThrough) {
    public Dock {
        Require.nonBlank(id, "dock.id");
        Require.that(bays >= 1, "dock.bays", "a dock needs at least one bay");
        Require.that(busMBps > 0 && Double.isFinite(busMBps), "dock.busMBps", "bus bandwidth must be positive");
    }

    /** Whether {@code task} may run in this dock (firmware tasks may require ATA pass-through). */
    public boolean accepts(Task task) {
        return !(task instanceof Task.Firmware f) || !f.requiresAtaPassThrough() || ataPassThrough;
    }
}
