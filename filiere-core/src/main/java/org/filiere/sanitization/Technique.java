package org.filiere.sanitization;

/**
 * A way of sanitizing a medium. The names are part of the CLI and JSON contract. Which level a technique
 * reaches depends on the medium; see {@link Techniques}.
 */
public enum Technique {
    OS_REINSTALL, OVERWRITE, ATA_SECURITY_ERASE, ATA_SECURITY_ERASE_ENHANCED,
    ATA_SANITIZE_OVERWRITE, ATA_SANITIZE_BLOCK_ERASE, ATA_SANITIZE_CRYPTO_SCRAMBLE,
    SCSI_SANITIZE_OVERWRITE, SCSI_SANITIZE_BLOCK_ERASE, SCSI_SANITIZE_CRYPTO_ERASE,
    NVME_FORMAT_USER_DATA_ERASE, NVME_FORMAT_CRYPTO_ERASE, NVME_SANITIZE_BLOCK_ERASE,
    NVME_SANITIZE_OVERWRITE, NVME_SANITIZE_CRYPTO_ERASE, TCG_CRYPTO_ERASE, FACTORY_RESET,
    DESTROY_SHRED, DESTROY_DISINTEGRATE;

    /** True for the physical-destruction techniques. */
    public boolean isDestructive() {
        return this == DESTROY_SHRED || this == DESTROY_DISINTEGRATE;
    }

    /** True for commands executed by the drive's firmware (ATA, SCSI, NVMe, TCG). */
    public boolean isFirmware() {
        return name().startsWith("ATA_") || name().startsWith("SCSI_") || name().startsWith("NVME_")
                || this == TCG_CRYPTO_ERASE;
    }

    /** True for ATA commands, which need an ATA pass-through path to the drive. */
    public boolean isAta() {
        return name().startsWith("ATA_");
    }

    /** True for the ATA SECURITY ERASE UNIT commands, which a frozen or locked drive refuses. */
    public boolean isAtaSecurity() {
        return this == ATA_SECURITY_ERASE || this == ATA_SECURITY_ERASE_ENHANCED;
    }

    /**
     * True for cryptographic erase (the media encryption key is changed), whose PURGE claim holds only under
     * the conditions of NIST SP 800-88 Rev. 1 §2.6 and which is verified by a before/after comparison.
     */
    public boolean isCryptographicErase() {
        return this == ATA_SANITIZE_CRYPTO_SCRAMBLE || this == SCSI_SANITIZE_CRYPTO_ERASE
                || this == NVME_FORMAT_CRYPTO_ERASE || this == NVME_SANITIZE_CRYPTO_ERASE || this == TCG_CRYPTO_ERASE;
    }

    /**
     * True when the drive must report supporting the technique before it can be used: every firmware command.
     * Overwrite, OS reinstall, factory reset and destruction need no drive capability.
     */
    public boolean needsDriveCapability() {
        return isFirmware();
    }
}
