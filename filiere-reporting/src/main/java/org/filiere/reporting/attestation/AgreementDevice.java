package org.filiere.reporting.attestation;

import java.util.List;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;

/**
 * A device an agreement lists, with its media. Immutable.
 *
 * @param id           the device's identity (inventory number, else serial)
 * @param category     its category
 * @param manufacturer manufacturer, or null
 * @param model        model, or null
 * @param serialNumber the device's serial, or null
 * @param media        its storage media (may be empty: a screen has none)
 */
public record AgreementDevice(String id, DeviceCategory category, String manufacturer, String model,
                              String serialNumber, List<RequiredMedium> media) {
    public AgreementDevice {
        Require.nonBlank(id, "device.id");
        Require.nonNull(category, "device.category");
        media = Require.copy(media, "device.media");
    }

    /** "Manufacturer Model" or the category when both are unknown. */
    public String description() {
        String d = ((manufacturer == null ? "" : manufacturer) + " " + (model == null ? "" : model)).trim();
        return d.isEmpty() ? category.name() : d;
    }
}
