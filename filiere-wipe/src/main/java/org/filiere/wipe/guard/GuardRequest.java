package org.filiere.wipe.guard;

import java.nio.file.Path;
import java.util.Set;
import org.filiere.internal.Require;

/**
 * A device the caller intends to wipe and what it must be. Immutable.
 *
 * @param device          the path to check (a device node or a link such as /dev/disk/by-id/...)
 * @param explicitlyNamed every device the operator named explicitly for this session; {@code device} must be one
 * @param expectedSerial  the serial the drive must report, or null to skip the check
 * @param expectedDevice  the device node the path must resolve to when it is a link, or null for any block device
 */
public record GuardRequest(Path device, Set<Path> explicitlyNamed, String expectedSerial, Path expectedDevice) {
    public GuardRequest {
        Require.nonNull(device, "device");
        explicitlyNamed = explicitlyNamed == null ? Set.of() : Set.copyOf(explicitlyNamed);
    }

    /** A device named explicitly on its own, with an expected serial (or null). */
    public static GuardRequest named(Path device, String expectedSerial) {
        return new GuardRequest(device, Set.of(device), expectedSerial, null);
    }
}
