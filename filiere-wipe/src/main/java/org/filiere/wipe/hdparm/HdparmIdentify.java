package org.filiere.wipe.hdparm;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.filiere.device.AtaSecurity;
import org.filiere.device.MediaType;
import org.filiere.internal.Require;
import org.filiere.sanitization.Technique;

/**
 * What {@code hdparm -I} says about an ATA drive. Fields the listing does not contain are null (never guessed).
 * Immutable.
 *
 * @param model              Model Number, or null
 * @param serial             Serial Number, or null (masked serials are kept as printed)
 * @param firmware           Firmware Revision, or null
 * @param transport          Transport line, or null
 * @param lba48Sectors       LBA48 user addressable sectors, or null
 * @param lbaSectors         LBA (28-bit) user addressable sectors, or null
 * @param logicalSectorSize  Logical Sector size in bytes, or null
 * @param physicalSectorSize Physical Sector size in bytes, or null
 * @param capacityBytes      LBA48 (else LBA28) sectors × logical sector size (512 when not printed), or null
 * @param solidState         true for "Solid State Device", false for a rotation rate, null when not printed
 * @param rotationRpm        the rotation rate, or null (solid state or not printed)
 * @param security           the Security block, or null when the listing has none
 * @param sanitize           the SANITIZE feature set and its commands
 * @param hpaSupported       Host Protected Area feature set listed
 * @param hpaEnabled         that feature set marked enabled ({@code *}); the hidden area itself needs {@code -N}
 * @param dcoSupported       Device Configuration Overlay feature set listed
 * @param trimSupported      Data Set Management TRIM supported
 * @param warnings           what a reader should know (frozen, masked serial, missing blocks)
 */
public record HdparmIdentify(String model, String serial, String firmware, String transport, Long lba48Sectors,
                             Long lbaSectors, Integer logicalSectorSize, Integer physicalSectorSize,
                             Long capacityBytes, Boolean solidState, Integer rotationRpm, AtaSecurity security,
                             AtaSanitizeSupport sanitize, boolean hpaSupported, boolean hpaEnabled,
                             boolean dcoSupported, boolean trimSupported, List<String> warnings) {
    public HdparmIdentify {
        Require.nonNull(sanitize, "sanitize");
        warnings = Require.copy(warnings, "warnings");
    }

    /** ATA_SSD, ATA_HDD, or null when the rotation rate is not printed. */
    public MediaType mediaType() {
        if (solidState == null) {
            return null;
        }
        return solidState ? MediaType.ATA_SSD : MediaType.ATA_HDD;
    }

    /** The firmware techniques the drive reports supporting (whatever its frozen state). */
    public Set<Technique> capabilities() {
        Set<Technique> t = EnumSet.noneOf(Technique.class);
        if (security != null && security.supported()) {
            t.add(Technique.ATA_SECURITY_ERASE);
            if (security.enhancedEraseSupported()) {
                t.add(Technique.ATA_SECURITY_ERASE_ENHANCED);
            }
        }
        if (sanitize.supported()) {
            if (sanitize.blockErase()) {
                t.add(Technique.ATA_SANITIZE_BLOCK_ERASE);
            }
            if (sanitize.cryptoScramble()) {
                t.add(Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE);
            }
            if (sanitize.overwrite()) {
                t.add(Technique.ATA_SANITIZE_OVERWRITE);
            }
        }
        return t;
    }
}
