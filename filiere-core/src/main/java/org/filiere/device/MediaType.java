package org.filiere.device;

/**
 * The kind of a storage medium, as sanitization guidance distinguishes them (NIST SP 800-88 Rev. 1
 * Appendix A). The names are part of the CLI and JSON contract. Immutable and thread-safe.
 */
public enum MediaType {
    /** Magnetic hard disk on an ATA/SATA interface. */
    ATA_HDD,
    /** Magnetic hard disk on a SCSI/SAS interface. */
    SCSI_HDD,
    /** Flash solid-state drive on an ATA/SATA interface. */
    ATA_SSD,
    /** Flash solid-state drive on a SCSI/SAS interface. */
    SCSI_SSD,
    /** Flash solid-state drive on NVMe. */
    NVME_SSD,
    /** USB removable flash (stick, thumb drive). */
    USB_FLASH,
    /** SD, microSD, CompactFlash and similar cards. */
    MEMORY_CARD,
    /** Embedded MultiMediaCard soldered on a board. */
    EMMC,
    /** The internal storage of a phone or tablet, reached only through the device's own reset. */
    MOBILE;

    /** True for flash media, on which a software overwrite never reaches PURGE. */
    public boolean isFlash() {
        return this != ATA_HDD && this != SCSI_HDD;
    }

    /** True for media on the ATA command set, where HPA/DCO hidden areas can exist. */
    public boolean isAta() {
        return this == ATA_HDD || this == ATA_SSD;
    }
}
