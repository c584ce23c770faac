package org.filiere.wipe.discovery;

import java.util.List;
import org.filiere.device.AtaSecurity;
import org.filiere.device.MediaType;
import org.filiere.internal.Require;
import org.filiere.sanitization.Technique;

/**
 * What one saved tool output says about one medium, in the shape of the {@code filiere inspect} contract. Absent
 * information is null, never guessed. Immutable.
 *
 * @param source        {@code hdparm}, {@code nvme}, {@code smartctl} or {@code lsblk}
 * @param model         model, or null
 * @param serialNumber  serial, or null
 * @param firmware      firmware, or null
 * @param capacityBytes capacity, or null
 * @param mediaType     media type, or null when the output does not tell
 * @param rotationRpm   rotation rate, or null (solid state or unknown)
 * @param security      ATA Security state, or null
 * @param sanitize      sanitize support (ATA SANITIZE or NVMe Sanitize; for NVMe {@code cryptoScramble} is Crypto
 *                      Erase), or null when the output does not tell
 * @param hpa           HPA feature set, or null
 * @param smart         SMART health, or null (smartctl only)
 * @param device        the device node, or null (lsblk/smartctl only)
 * @param transport     the transport (sata, nvme, usb...), or null
 * @param capabilities  firmware techniques the drive reports
 * @param warnings      notes for the operator
 */
public record InspectedMedium(String source, String model, String serialNumber, String firmware, Long capacityBytes,
                              MediaType mediaType, Integer rotationRpm, AtaSecurity security, Sanitize sanitize,
                              Hpa hpa, Smart smart, String device, String transport, List<Technique> capabilities,
                              List<String> warnings) {
    public InspectedMedium {
        Require.nonBlank(source, "source");
        capabilities = Require.copy(capabilities, "capabilities");
        warnings = Require.copy(warnings, "warnings");
    }

    /**
     * Sanitize support.
     *
     * @param supported      the feature set / any action is supported
     * @param blockErase     block erase
     * @param cryptoScramble crypto scramble (ATA) or crypto erase (NVMe)
     * @param overwrite      overwrite
     */
    public record Sanitize(boolean supported, boolean blockErase, boolean cryptoScramble, boolean overwrite) {
    }

    /**
     * The Host Protected Area feature set.
     *
     * @param supported listed
     * @param enabled   marked enabled (the hidden area itself needs {@code hdparm -N})
     */
    public record Hpa(boolean supported, boolean enabled) {
    }

    /**
     * SMART health.
     *
     * @param passed                overall health, or null when unknown
     * @param reallocatedSectors    reallocated sectors, or null
     * @param pendingSectors        pending sectors, or null
     * @param powerOnHours          power-on hours, or null
     * @param flaggedForDestruction the drive should be destroyed, not reused
     */
    public record Smart(Boolean passed, Long reallocatedSectors, Long pendingSectors, Long powerOnHours,
                        boolean flaggedForDestruction) {
    }
}
