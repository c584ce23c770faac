package org.filiere.wipe.engine;

import java.nio.file.Path;
import org.filiere.device.StorageMedium;
import org.filiere.internal.Require;

/**
 * The device node to wipe and the medium it is expected to be. The safety guard compares the two before any
 * engine runs. Immutable.
 *
 * @param device         the block device path as named by the operator ({@code /dev/sdb}, a by-id link)
 * @param medium         the medium expected behind it (its serial goes into the record)
 * @param expectedSerial the serial the drive must report, or null to skip that check (devices without a hardware
 *                       serial, such as loop devices: use {@link #withoutSerialCheck})
 */
public record WipeTarget(Path device, StorageMedium medium, String expectedSerial) {
    public WipeTarget {
        Require.nonNull(device, "device");
        Require.nonNull(medium, "medium");
    }

    /** A target whose drive must report {@code medium.serialNumber()}. */
    public static WipeTarget of(Path device, StorageMedium medium) {
        return new WipeTarget(device, medium, medium.serialNumber());
    }

    /** A target without a hardware serial to check (loop devices, some card readers). */
    public static WipeTarget withoutSerialCheck(Path device, StorageMedium medium) {
        return new WipeTarget(device, medium, null);
    }
}
