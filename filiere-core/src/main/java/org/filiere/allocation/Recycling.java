package org.filiere.allocation;

import java.time.LocalDate;
import org.filiere.internal.Require;

/**
 * A device sent to a recycling channel (DEEE): when, where, its weight and the waste tracking reference.
 * Immutable.
 *
 * @param on        when it left the network
 * @param where     the recycling channel or operator (éco-organisme, contracted operator)
 * @param weightKg  its weight in kg, 0 or more
 * @param reference the bordereau / tracking reference, or null when none
 */
public record Recycling(LocalDate on, String where, double weightKg, String reference) {
    public Recycling {
        Require.nonNull(on, "recycling.on");
        Require.nonBlank(where, "recycling.where");
        Require.nonNegative(weightKg, "recycling.weightKg");
    }
}
