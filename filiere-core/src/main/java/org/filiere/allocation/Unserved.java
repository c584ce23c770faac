package org.filiere.allocation;

import java.util.List;
import org.filiere.internal.Require;

/**
 * A request the matcher could not serve, and why. Immutable.
 *
 * @param requestId the request
 * @param reason    the reason
 * @param need      the request's need, to word the explanation
 * @param takenBy   for {@link UnservedReason#TAKEN_BY_HIGHER_PRIORITY}: the requests that received the devices
 *                  that would have met this need, in serving order; empty otherwise
 */
public record Unserved(String requestId, UnservedReason reason, Need need, List<String> takenBy) {
    public Unserved {
        Require.nonBlank(requestId, "unserved.requestId");
        Require.nonNull(reason, "unserved.reason");
        Require.nonNull(need, "unserved.need");
        takenBy = Require.copy(takenBy, "unserved.takenBy");
    }

    /** An English sentence for logs; the CLI words it in French or English. */
    public String message() {
        return switch (reason) {
            case NO_DEVICE_OF_CATEGORY -> "no available device of category " + need.category();
            case NOT_ENOUGH_RAM -> "no available " + need.category() + " with at least " + need.minRamGb() + " GB RAM";
            case NOT_ENOUGH_STORAGE -> "no available " + need.category() + " with at least " + need.minRamGb()
                    + " GB RAM and " + need.minStorageGb() + " GB storage";
            case TAKEN_BY_HIGHER_PRIORITY -> "every matching device went to requests served first: "
                    + String.join(", ", takenBy);
        };
    }
}
