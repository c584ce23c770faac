package org.filiere.allocation;

/**
 * The result of a handover ({@link Stock#deliver} with {@code S = Stock}, {@link CustodyStock#deliver} with
 * {@code S = DeviceHistory}): recorded, or refused for a reason people can act on. Refusals are expected
 * outcomes, hence values.
 *
 * @param <S> what holds the device's state after the handover
 */
public sealed interface DeliveryOutcome<S> {
    /** The handover was recorded; {@code after} is the stock or history after it. */
    record Delivered<S>(S after, Delivery delivery) implements DeliveryOutcome<S> {
    }

    /** The handover was refused; nothing changed. */
    record Refused<S>(Reason reason, String message) implements DeliveryOutcome<S> {
    }

    /** Why a handover is refused. */
    enum Reason {
        /** The mediator had not completed the Linux Mint training by the acceptance date. */
        MEDIATOR_NOT_TRAINED,
        /** The device is not reserved for this request (never reserved, reserved for another, or delivered). */
        NOT_RESERVED_FOR_REQUEST,
        /** The reservation for this request lapsed before the handover. */
        RESERVATION_EXPIRED,
        /** The device does not reach the request's need. */
        NEED_NOT_MET
    }
}
