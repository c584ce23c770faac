package org.filiere.topology;

import java.util.Map;
import org.filiere.internal.Require;

/**
 * The capacities a network needs for its inflow forecast: the answer to the workshop report's question
 * "what must the hub's capacity and space be?". Computed by {@link CapacityPlanner#size}. Immutable.
 *
 * @param minimumForDeadline the smallest summed erasure capacity with no attestation-deadline breach within
 *                           the horizon
 * @param averageArrivals    devices collected per month on average over the horizon, rounded up: below it the
 *                           backlog grows without end, even when the horizon is too short to show a breach
 * @param sanitizePerMonth   erasures per month needed: the larger of the two above
 * @param refurbishPerMonth  refurbishments per month needed so that erased devices do not pile up:
 *                           {@code sanitizePerMonth}
 * @param storagePlaces      places needed per site (peak occupancy with these capacities), in file order
 * @param plan               the simulation with these capacities
 */
public record Sizing(int minimumForDeadline, int averageArrivals, int sanitizePerMonth, int refurbishPerMonth,
                     Map<String, Integer> storagePlaces, CapacityPlan plan) {
    public Sizing {
        Require.nonNegative(minimumForDeadline, "minimumForDeadline");
        Require.nonNegative(averageArrivals, "averageArrivals");
        Require.that(sanitizePerMonth == Math.max(minimumForDeadline, averageArrivals), "sanitizePerMonth",
                "must be the larger of minimumForDeadline and averageArrivals");
        Require.nonNegative(refurbishPerMonth, "refurbishPerMonth");
        storagePlaces = Map.copyOf(Require.nonNull(storagePlaces, "storagePlaces"));
        Require.nonNull(plan, "plan");
    }
}
