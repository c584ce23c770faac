package org.filiere.allocation;

/**
 * Where a device is in the allocation part of its life. Only {@link #AVAILABLE} devices are matched. The names
 * are part of the CLI and JSON contract ({@code "state": "AVAILABLE"}).
 *
 * <pre>
 * IN_PREPARATION --makeAvailable--> AVAILABLE --reserve--> RESERVED --deliver--> DELIVERED
 *       |                              ^  ^                   |  (expiry or cancel)     |
 *       |                              |  +-------------------+                         | return
 *       |                              +--------makeAvailable---- AWAITING_GRADING <----+
 *       +--recycle--> RECYCLED <--recycle-- (IN_PREPARATION, AVAILABLE, AWAITING_GRADING)
 * </pre>
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
