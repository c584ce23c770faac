package org.filiere.wipe.guard;

/**
 * Why the safety guard refuses a device. Each refusal carries one of these and a detail.
 * Immutable and thread-safe.
 */
public enum RefusalReason {
    /** The path was not among the devices the operator named explicitly. */
    NOT_NAMED_EXPLICITLY,
    /** Nothing exists at the path. */
    NOT_FOUND,
    /** The path (or what its link points to) is not a block device: a regular file, a directory, a tty... */
    NOT_BLOCK_DEVICE,
    /** The path is a link that leads somewhere else than the device expected. */
    LINK_TARGET_MISMATCH,
    /** The path is a partition; only whole disks are wiped. */
    PARTITION_NOT_DISK,
    /** The disk, one of its partitions or a device stacked on it holds a mounted filesystem. */
    MOUNTED,
    /** The disk, one of its partitions or a device stacked on it is active swap. */
    SWAP,
    /** It holds the running system (/, /boot, /usr...). */
    SYSTEM_DISK,
    /** Another block device is stacked on it (device-mapper, LVM, RAID): it is in use even if not mounted. */
    HELD_BY_ANOTHER_DEVICE,
    /** The drive reports another serial than the one expected. */
    SERIAL_MISMATCH,
    /** A serial was expected but the drive's serial cannot be read. */
    SERIAL_UNKNOWN,
    /** The system could not be inspected well enough to decide (sysfs entry missing, unreadable /proc). */
    INSPECTION_FAILED
}
