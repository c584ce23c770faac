package org.filiere.custody;

/** What the custody history proves about one storage medium of a device. */
public enum MediumStatus {
    /** No sanitization record meeting its required level yet (or data written since, after a return). */
    UNSANITIZED,
    /** A sanitization record meets the level the agreement requires for it. */
    SANITIZED,
    /** Physically destroyed. */
    DESTROYED,
    /** Pulled out of the device (kept, replaced or destroyed elsewhere; traced on its own). */
    REMOVED;

    /** True when the device may leave the network's hands as far as this medium is concerned. */
    public boolean cleared() {
        return this != UNSANITIZED;
    }
}
