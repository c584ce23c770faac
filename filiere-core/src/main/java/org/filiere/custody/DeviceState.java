package org.filiere.custody;

/**
 * Where a device is in its life in the network, derived from its {@link CustodyEvent}s by {@link Lifecycle}.
 */
public enum DeviceState {
    /** No event yet: the device is declared (on an agreement) but the network does not hold it. */
    NOT_RECEIVED,
    /** Held by the network, being prepared: media are sanitized, destroyed or removed; tests, grading. */
    IN_PREPARATION,
    /** An operating system (Linux Mint as reference) is installed. */
    REFURBISHED,
    /** Offered to prescribers: every medium is sanitized to its level, destroyed or removed. */
    AVAILABLE,
    /** Held for one request until a given instant. */
    RESERVED,
    /** In a beneficiary's hands. */
    DELIVERED,
    /** Handed to a recycler: terminal, no further event is accepted. */
    RECYCLED
}
