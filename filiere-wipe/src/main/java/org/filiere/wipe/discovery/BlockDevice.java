package org.filiere.wipe.discovery;

import java.util.ArrayList;
import java.util.List;
import org.filiere.internal.Require;

/**
 * One node of {@code lsblk -J -O -b}: a disk, a partition, a loop or device-mapper device, with its children
 * (partitions, holders). Fields lsblk leaves null are null. Immutable.
 *
 * @param name         the device name ({@code sda}, {@code loop0})
 * @param path         the device node ({@code /dev/sda}), or null on old lsblk
 * @param type         {@code disk}, {@code part}, {@code loop}, {@code lvm}, {@code crypt}, {@code rom}...
 * @param sizeBytes    size in bytes, or null
 * @param rotational   lsblk's {@code rota}, or null
 * @param transport    {@code sata}, {@code nvme}, {@code usb}, {@code sas}, {@code mmc}..., or null
 * @param model        the model, or null
 * @param serial       the serial, or null
 * @param vendor       the vendor, or null
 * @param readOnly     lsblk's {@code ro}, or null
 * @param removable    lsblk's {@code rm}, or null
 * @param hotplug      lsblk's {@code hotplug}, or null
 * @param fsType       the filesystem on it, or null
 * @param mountpoints  where it is mounted (empty when not mounted)
 * @param logicalSectorSize lsblk's {@code log-sec}, or null
 * @param children     partitions and stacked devices
 */
public record BlockDevice(String name, String path, String type, Long sizeBytes, Boolean rotational,
                          String transport, String model, String serial, String vendor, Boolean readOnly,
                          Boolean removable, Boolean hotplug, String fsType, List<String> mountpoints,
                          Long logicalSectorSize, List<BlockDevice> children) {
    public BlockDevice {
        Require.nonBlank(name, "name");
        mountpoints = Require.copy(mountpoints, "mountpoints");
        children = Require.copy(children, "children");
    }

    /** This node and all its descendants, depth first. */
    public List<BlockDevice> tree() {
        List<BlockDevice> all = new ArrayList<>();
        all.add(this);
        for (BlockDevice c : children) {
            all.addAll(c.tree());
        }
        return all;
    }

    /** True for a whole disk (lsblk type {@code disk}, or a loop device). */
    public boolean isDisk() {
        return "disk".equals(type) || "loop".equals(type);
    }

    /** The device node: {@code path}, or {@code /dev/} + name. */
    public String devicePath() {
        return path != null ? path : "/dev/" + name;
    }
}
