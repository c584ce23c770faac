package org.filiere.allocation;

/**
 * The result of {@link Stock#deliver}: the handover was recorded, or it was refused for a reason people can act
 * on. Refusals are expected outcomes, hence values.
 */
public sealed interface DeliveryOutcome {
    /** The handover was recorded; {@code stock} is the stock after it. */
    record Delivered(Stock stock, Delivery delivery) implements DeliveryOutcome {
    }

    /** The handover was refused; nothing changed. */
    record Refused(Reason reason, String message) implements DeliveryOutcome {
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
