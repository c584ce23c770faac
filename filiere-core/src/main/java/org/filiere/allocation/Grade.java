package org.filiere.allocation;

/**
 * The overall grade given after refurbishment, after the functionality scale of peers (eReuse DeviceHub's
 * A–D). {@link #UNFIT} cannot be made available: such a device goes to repair or recycling.
 */
public enum Grade {
    /** Works fully, looks like new or nearly. */
    A,
    /** Works fully, visible wear. */
    B,
    /** Works, with limits the beneficiary must be told about (battery, marks). */
    C,
    /** Not fit for a beneficiary. */
    UNFIT
}
