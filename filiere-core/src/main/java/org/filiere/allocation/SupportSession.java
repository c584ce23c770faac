package org.filiere.allocation;

import java.time.LocalDate;
import org.filiere.internal.Require;

/**
 * One after-donation coaching session held with a beneficiary. Immutable.
 *
 * @param requestId  the delivery (request) it belongs to
 * @param on         when it was held
 * @param mediatorId who held it
 */
public record SupportSession(String requestId, LocalDate on, String mediatorId) {
    public SupportSession {
        Require.nonBlank(requestId, "session.requestId");
        Require.nonNull(on, "session.on");
        Require.nonBlank(mediatorId, "session.mediatorId");
    }
}
