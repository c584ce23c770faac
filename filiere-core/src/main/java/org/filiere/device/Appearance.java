package org.filiere.device;

/**
 * Cosmetic grade of a device, on DeviceHub's {@code AppearanceRange} scale (eReuse devicehub-teal,
 * {@code resources/enums.py}) without its "Z, brand new" grade: donated devices are never new.
 */
public enum Appearance {
    /** Like new: no visible marks. */
    A,
    /** Light signs of use, small scratches. */
    B,
    /** Visible wear: scratches, marks, small dents. */
    C,
    /** Heavy wear: cracks, broken non-essential parts. */
    D,
    /** Unacceptable: missing or broken essential parts. */
    E
}
