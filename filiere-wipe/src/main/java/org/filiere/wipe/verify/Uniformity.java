package org.filiere.wipe.verify;

/**
 * Whether a location reads as one repeated erase value. Block erase and format typically leave 0x00 or 0xFF.
 * Immutable and thread-safe.
 */
public enum Uniformity {
    /** Every byte is 0x00. */
    ZEROS,
    /** Every byte is 0xFF. */
    ONES,
    /** Anything else: data, or the pseudorandom garbage a cryptographic erase leaves. */
    MIXED;

    /** True for {@link #ZEROS} and {@link #ONES}. */
    public boolean uniform() {
        return this != MIXED;
    }
}
