package org.filiere.allocation;

import java.time.LocalDate;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;

/**
 * A device as the matcher sees it: identity, category, specs, state. It is the shape of the {@code stock}
 * document of {@code filiere match}, and what {@link Stock#snapshot()} produces. Immutable.
 *
 * @param id             the device identifier
 * @param category       its category
 * @param ramGb          its memory in GB
 * @param storageGb      its storage in GB
 * @param state          its state; only {@link StockState#AVAILABLE} devices are matched
 * @param availableSince when it became available; required when AVAILABLE, may be null otherwise
 */
public record StockDevice(String id, DeviceCategory category, int ramGb, int storageGb, StockState state,
                          LocalDate availableSince) {
    public StockDevice {
        Require.nonBlank(id, "device.id");
        Require.nonNull(category, "device.category");
        Require.nonNegative(ramGb, "device.ramGb");
        Require.nonNegative(storageGb, "device.storageGb");
        Require.nonNull(state, "device.state");
        Require.that(state != StockState.AVAILABLE || availableSince != null, "device.availableSince",
                "an AVAILABLE device needs availableSince");
    }

    /** Whether this device, whatever its state, reaches {@code need}. */
    public boolean meets(Need need) {
        return need.isMetBy(category, ramGb, storageGb);
    }
}
