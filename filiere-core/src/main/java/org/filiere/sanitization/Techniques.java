package org.filiere.sanitization;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.filiere.device.MediaType;

/**
 * The media × technique matrix: which level a technique reaches on a medium, per NIST SP 800-88 Rev. 1
 * Appendix A, with NVMe Sanitize treated as PURGE per IEEE 2883-2022 (not named by Rev. 1). Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * Techniques.levelReached(MediaType.ATA_SSD, Technique.ATA_SECURITY_ERASE); // Optional[CLEAR]
 * }</pre>
 */
public final class Techniques {
    private static final Map<MediaType, Map<Technique, Level>> MATRIX = new EnumMap<>(MediaType.class);

    static {
        for (MediaType m : MediaType.values()) {
            Map<Technique, Level> row = new EnumMap<>(Technique.class);
            row.put(Technique.DESTROY_SHRED, Level.DESTROY);
            row.put(Technique.DESTROY_DISINTEGRATE, Level.DESTROY);
            if (m == MediaType.MOBILE) {
                // Rev. 1 App. A: mobile devices are cleared by the manufacturer's factory reset.
                row.put(Technique.FACTORY_RESET, Level.CLEAR);
            } else {
                row.put(Technique.OS_REINSTALL, Level.REINSTALL);
                // Rev. 1 App. A: software overwrite is CLEAR on every block medium, never PURGE.
                row.put(Technique.OVERWRITE, Level.CLEAR);
            }
            MATRIX.put(m, row);
        }
        put(MediaType.ATA_HDD, Technique.ATA_SECURITY_ERASE, Level.PURGE);
        put(MediaType.ATA_HDD, Technique.ATA_SECURITY_ERASE_ENHANCED, Level.PURGE);
        put(MediaType.ATA_HDD, Technique.ATA_SANITIZE_OVERWRITE, Level.PURGE);
        put(MediaType.ATA_HDD, Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE, Level.PURGE);
        put(MediaType.ATA_HDD, Technique.TCG_CRYPTO_ERASE, Level.PURGE);
        // Rev. 1 App. A: ATA Secure Erase is PURGE on magnetic media but only CLEAR on flash.
        put(MediaType.ATA_SSD, Technique.ATA_SECURITY_ERASE, Level.CLEAR);
        put(MediaType.ATA_SSD, Technique.ATA_SECURITY_ERASE_ENHANCED, Level.CLEAR);
        put(MediaType.ATA_SSD, Technique.ATA_SANITIZE_OVERWRITE, Level.CLEAR);
        put(MediaType.ATA_SSD, Technique.ATA_SANITIZE_BLOCK_ERASE, Level.PURGE);
        put(MediaType.ATA_SSD, Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE, Level.PURGE);
        put(MediaType.ATA_SSD, Technique.TCG_CRYPTO_ERASE, Level.PURGE);
        put(MediaType.SCSI_HDD, Technique.SCSI_SANITIZE_OVERWRITE, Level.PURGE);
        put(MediaType.SCSI_HDD, Technique.SCSI_SANITIZE_CRYPTO_ERASE, Level.PURGE);
        put(MediaType.SCSI_HDD, Technique.TCG_CRYPTO_ERASE, Level.PURGE);
        put(MediaType.SCSI_SSD, Technique.SCSI_SANITIZE_OVERWRITE, Level.CLEAR);
        put(MediaType.SCSI_SSD, Technique.SCSI_SANITIZE_BLOCK_ERASE, Level.PURGE);
        put(MediaType.SCSI_SSD, Technique.SCSI_SANITIZE_CRYPTO_ERASE, Level.PURGE);
        put(MediaType.SCSI_SSD, Technique.TCG_CRYPTO_ERASE, Level.PURGE);
        put(MediaType.NVME_SSD, Technique.NVME_FORMAT_USER_DATA_ERASE, Level.PURGE);
        put(MediaType.NVME_SSD, Technique.NVME_FORMAT_CRYPTO_ERASE, Level.PURGE);
        put(MediaType.NVME_SSD, Technique.NVME_SANITIZE_BLOCK_ERASE, Level.PURGE);
        put(MediaType.NVME_SSD, Technique.NVME_SANITIZE_CRYPTO_ERASE, Level.PURGE);
        put(MediaType.NVME_SSD, Technique.NVME_SANITIZE_OVERWRITE, Level.PURGE);
        put(MediaType.NVME_SSD, Technique.TCG_CRYPTO_ERASE, Level.PURGE);
    }

    private Techniques() {
    }

    private static void put(MediaType m, Technique t, Level l) {
        MATRIX.get(m).put(t, l);
    }

    /** The level {@code technique} reaches on {@code media}, or empty when it does not apply there. */
    public static Optional<Level> levelReached(MediaType media, Technique technique) {
        return Optional.ofNullable(MATRIX.get(media).get(technique));
    }
}
