package org.filiere.allocation;

import java.util.List;
import org.filiere.internal.Require;

/**
 * What the matcher proposes. Both lists are in serving order (priority publics first, then oldest). Immutable.
 *
 * @param allocations the proposals, at most one per request and one per device
 * @param unserved    the requests without a device, with the reason
 */
public record MatchResult(List<Allocation> allocations, List<Unserved> unserved) {
    public MatchResult {
        allocations = Require.copy(allocations, "allocations");
        unserved = Require.copy(unserved, "unserved");
    }
}
