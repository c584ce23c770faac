package org.filiere.wipe.discovery;

import org.filiere.device.MediaType;

/** Decides a media type from what lsblk and smartctl say, or null when they do not tell. Stateless. */
final class MediaTypes {
    private MediaTypes() {
    }

    static MediaType fromLsblk(BlockDevice d) {
        String name = d.name();
        String tran = d.transport();
        if ("nvme".equals(tran) || name.startsWith("nvme")) {
            return MediaType.NVME_SSD;
        }
        if (name.startsWith("mmcblk")) {
            return Boolean.TRUE.equals(d.removable()) ? MediaType.MEMORY_CARD : MediaType.EMMC;
        }
        if ("usb".equals(tran)) {
            if (Boolean.TRUE.equals(d.removable()) || Boolean.FALSE.equals(d.rotational())) {
                return MediaType.USB_FLASH;
            }
            return Boolean.TRUE.equals(d.rotational()) ? MediaType.ATA_HDD : null;
        }
        if ("sata".equals(tran) || "ata".equals(tran)) {
            return d.rotational() == null ? null : d.rotational() ? MediaType.ATA_HDD : MediaType.ATA_SSD;
        }
        if ("sas".equals(tran) || "fc".equals(tran) || "iscsi".equals(tran)) {
            return d.rotational() == null ? null : d.rotational() ? MediaType.SCSI_HDD : MediaType.SCSI_SSD;
        }
        return null;
    }

    static MediaType fromSmart(SmartReport s) {
        if (s.protocol() == null) {
            return null;
        }
        switch (s.protocol()) {
            case "NVMe":
                return MediaType.NVME_SSD;
            case "ATA":
                return s.rotationRpm() == null ? null : s.rotationRpm() == 0 ? MediaType.ATA_SSD : MediaType.ATA_HDD;
            case "SCSI":
                return s.rotationRpm() == null ? null : s.rotationRpm() == 0 ? MediaType.SCSI_SSD
                        : MediaType.SCSI_HDD;
            default:
                return null;
        }
    }
}
