package org.filiere.carbon;

/** What became of a donated device. The names are part of the {@code filiere impact} input contract. */
public enum Outcome {
    /** Refurbished and given a second life: the only outcome that avoids emissions. */
    REUSED,
    /** Sent to a recycling route (producer-responsibility organisation): avoids nothing, mass counted as e-waste routed. */
    RECYCLED,
    /** Destroyed (typically a storage medium that could not be sanitized otherwise): avoids nothing, counted as destroyed. */
    DESTROYED
}
