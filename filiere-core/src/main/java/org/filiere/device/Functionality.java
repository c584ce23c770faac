package org.filiere.device;

/**
 * Functional grade of a device, on DeviceHub's {@code FunctionalityRange} scale (eReuse devicehub-teal,
 * {@code resources/enums.py}).
 */
public enum Functionality {
    /** Everything works. */
    A,
    /** Minor defects that do not hinder use (a dead key, a weak battery). */
    B,
    /** Defects that hinder use (a broken port, a faulty screen area). */
    C,
    /** Does not work for its purpose without repair. */
    D
}
