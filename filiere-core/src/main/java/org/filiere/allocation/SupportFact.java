package org.filiere.allocation;

import java.time.LocalDate;
import org.filiere.internal.Require;

/**
 * A recorded fact the after-donation follow-up is rebuilt from ({@link SupportPlans#replay}): a delivery, the
 * plan agreed for it, a session held, a return. Whatever stores facts durably (the journal) gives them back as
 * these values. Immutable.
 */
public sealed interface SupportFact {
    /** The delivery (request) the fact is about. */
    String requestId();

    /**
     * A device was handed over; starts a default plan.
     *
     * @param requestId      the request served
     * @param deviceId       the device
     * @param prescriberKind the prescriber's kind
     * @param on             acceptance date
     */
    record Delivered(String requestId, String deviceId, PrescriberKind prescriberKind, LocalDate on)
            implements SupportFact {
        public Delivered {
            Require.nonBlank(requestId, "requestId");
            Require.nonBlank(deviceId, "deviceId");
            Require.nonNull(prescriberKind, "prescriberKind");
            Require.nonNull(on, "on");
        }
    }

    /**
     * The plan for a delivery differs from the default.
     *
     * @param requestId        the delivery
     * @param expectedSessions 2 to 10
     * @param intervalDays     days between due dates
     */
    record Planned(String requestId, int expectedSessions, int intervalDays) implements SupportFact {
        public Planned {
            Require.nonBlank(requestId, "requestId");
        }
    }

    /**
     * A coaching session was held.
     *
     * @param requestId  the delivery
     * @param on         when
     * @param mediatorId who held it
     */
    record SessionHeld(String requestId, LocalDate on, String mediatorId) implements SupportFact {
        public SessionHeld {
            Require.nonBlank(requestId, "requestId");
            Require.nonNull(on, "on");
            Require.nonBlank(mediatorId, "mediatorId");
        }
    }

    /**
     * The device was given back: the support of that delivery ends.
     *
     * @param requestId the delivery
     * @param on        when
     */
    record Returned(String requestId, LocalDate on) implements SupportFact {
        public Returned {
            Require.nonBlank(requestId, "requestId");
            Require.nonNull(on, "on");
        }
    }
}
