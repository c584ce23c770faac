package org.filiere.device;

import org.filiere.internal.Require;

/**
 * The grading of a device after tests: appearance A–E and functionality A–D, as in DeviceHub. Immutable.
 *
 * <pre>{@code
 * Grade g = new Grade(Appearance.B, Functionality.A);
 * }</pre>
 *
 * @param appearance    cosmetic grade
 * @param functionality functional grade
 */
public record Grade(Appearance appearance, Functionality functionality) {
    public Grade {
        Require.nonNull(appearance, "appearance");
        Require.nonNull(functionality, "functionality");
    }
}
