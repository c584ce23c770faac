package org.filiere.device;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.filiere.internal.Require;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Technique;

/**
 * One storage medium (a disk, an SSD, a card), traceable on its own: it can be pulled, erased, destroyed or
 * replaced independently of the device it came in. Immutable and thread-safe.
 *
 * <pre>{@code
 * StorageMedium ssd = new StorageMedium(MediaType.ATA_SSD, "S4EVNX0N123456", "Samsung 860", 256060514304L,
 *         null, Set.of(Technique.ATA_SECURITY_ERASE), null, HiddenAreaStatus.UNKNOWN);
 * }</pre>
 *
 * @param type                 the kind of medium
 * @param serialNumber         its serial number (the identity used in certificates)
 * @param model                the model, or null when unknown
 * @param capacityBytes        capacity in bytes, or null when unknown
 * @param rotationRpm          rotation rate for hard disks, null for solid state or unknown
 * @param supportedTechniques  firmware techniques the drive reports supporting (overwrite and destruction are
 *                             always possible and need not be listed)
 * @param security             ATA Security state, or null when not ATA or unknown
 * @param hiddenAreas          HPA/DCO status as last checked
 */
public record StorageMedium(MediaType type, String serialNumber, String model, Long capacityBytes,
                            Integer rotationRpm, Set<Technique> supportedTechniques, AtaSecurity security,
                            HiddenAreaStatus hiddenAreas) {
    public StorageMedium {
        Require.nonNull(type, "type");
        Require.nonBlank(serialNumber, "serialNumber");
        Require.that(capacityBytes == null || capacityBytes >= 0, "capacityBytes", "capacity must not be negative");
        Require.that(rotationRpm == null || rotationRpm > 0, "rotationRpm", "rotation rate must be positive");
        supportedTechniques = supportedTechniques == null || supportedTechniques.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(supportedTechniques));
        hiddenAreas = hiddenAreas == null
                ? (type.isAta() ? HiddenAreaStatus.UNKNOWN : HiddenAreaStatus.NOT_APPLICABLE)
                : hiddenAreas;
    }

    /** A medium known only by type, serial and capacity, as a donation agreement lists it. */
    public static StorageMedium of(MediaType type, String serialNumber, Long capacityBytes) {
        return new StorageMedium(type, serialNumber, null, capacityBytes, null, Set.of(), null, null);
    }
}
