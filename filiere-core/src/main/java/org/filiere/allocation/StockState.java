package org.filiere.allocation;

/**
 * Where a device is in the allocation part of its life, as the matcher sees it. Only {@link #AVAILABLE}
 * devices are matched. The names are part of the CLI and JSON contract ({@code "state": "AVAILABLE"}). The
 * transitions themselves are custody's ({@link org.filiere.custody.Lifecycle}); {@link CustodyStock} maps
 * custody states to these. Immutable and thread-safe.
 */
public enum StockState {
    /** Received; not yet sanitized, refurbished with Linux Mint and graded. */
    IN_PREPARATION,
    /** Sanitized, refurbished with Linux Mint, graded fit: can be proposed. */
    AVAILABLE,
    /** Held for one request until the reservation expires or is cancelled. */
    RESERVED,
    /** Handed over to a beneficiary, acceptance signed. */
    DELIVERED,
    /** Given back by a beneficiary: it must be sanitized and graded again before it is available. */
    AWAITING_GRADING,
    /** Sent to a recycling channel: end of its life in the network. */
    RECYCLED
}
