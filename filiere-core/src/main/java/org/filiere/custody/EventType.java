package org.filiere.custody;

/**
 * The kinds of {@link CustodyEvent}, one per record. {@link Lifecycle} says which are allowed in which
 * {@link DeviceState}.
 */
public enum EventType {
    RECEIVED, TRANSFERRED, MEDIUM_SANITIZED, MEDIUM_DESTROYED, MEDIUM_REMOVED, REFURBISHED, GRADED,
    MADE_AVAILABLE, RESERVED, RESERVATION_RELEASED, DELIVERED, RETURNED, RECYCLED
}
