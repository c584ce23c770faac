package org.filiere.carbon;

import java.time.LocalDate;
import java.util.List;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;
import org.filiere.topology.TransportMode;

/**
 * One device of an inventory, as the impact calculation sees it: its category, what became of it, how far it
 * travelled, the new parts it received, and optional keys for aggregation. Immutable and thread-safe.
 *
 * <pre>{@code
 * DonatedDevice d = DonatedDevice.of(DeviceCategory.LAPTOP, Outcome.REUSED, 40,
 *         List.of(new PartAdded(PartKind.SSD, 1)));
 * }</pre>
 *
 * @param category      device category
 * @param outcome       reused, recycled or destroyed
 * @param transportKm   distance travelled by this device to and within the network, km, &ge; 0
 * @param transportMode how it travelled, or null for the factor set's default mode
 * @param partsAdded    new parts added during refurbishment (empty when none)
 * @param erasureHours  measured wipe duration in hours, or null for the factor set's default
 * @param donorId       donor key for aggregation, or null
 * @param agreementId   cession agreement key for aggregation, or null
 * @param siteId        site that handled the device, or null
 * @param date          date of the outcome (e.g. handover to a beneficiary), for aggregation by period, or null
 */
public record DonatedDevice(DeviceCategory category, Outcome outcome, double transportKm, TransportMode transportMode,
                            List<PartAdded> partsAdded, Double erasureHours, String donorId, String agreementId,
                            String siteId, LocalDate date) {
    public DonatedDevice {
        Require.nonNull(category, "category");
        Require.nonNull(outcome, "outcome");
        Require.nonNegative(transportKm, "transportKm");
        partsAdded = Require.copy(partsAdded, "partsAdded");
        if (erasureHours != null) {
            Require.nonNegative(erasureHours, "erasureHours");
        }
    }

    /** A device with no aggregation keys, the default transport mode and the default wipe duration. */
    public static DonatedDevice of(DeviceCategory category, Outcome outcome, double transportKm, List<PartAdded> parts) {
        return new DonatedDevice(category, outcome, transportKm, null, parts, null, null, null, null, null);
    }
}
