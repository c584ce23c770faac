package org.filiere.allocation;

import java.time.LocalDate;
import org.filiere.internal.Require;

/**
 * A beneficiary gave a delivered device back. Immutable.
 *
 * @param requestId the delivery (request) it ends
 * @param on        when it was given back
 * @param reason    why, in a few words (no personal data)
 */
public record Return(String requestId, LocalDate on, String reason) {
    public Return {
        Require.nonBlank(requestId, "return.requestId");
        Require.nonNull(on, "return.on");
        Require.nonBlank(reason, "return.reason");
    }
}
