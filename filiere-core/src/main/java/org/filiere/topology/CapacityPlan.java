package org.filiere.topology;

import java.util.List;
import java.util.OptionalInt;
import org.filiere.internal.Require;

/**
 * The month-by-month simulation of a network's flow over a horizon (see {@link CapacityPlanner}). Immutable.
 *
 * @param deadlineMonths      the attestation deadline D used, in months
 * @param sanitizePerMonth    the summed erasure capacity used
 * @param refurbishPerMonth   the summed refurbishment capacity used
 * @param months              one entry per month of the horizon
 * @param deadlineBreachMonth the first month m at whose end a device that arrived in month a &lt;= m - D is
 *                            still not erased; empty when none within the horizon
 */
public record CapacityPlan(int deadlineMonths, int sanitizePerMonth, int refurbishPerMonth, List<MonthPlan> months,
                           OptionalInt deadlineBreachMonth) {
    public CapacityPlan {
        Require.nonNegative(deadlineMonths, "deadlineMonths");
        Require.nonNegative(sanitizePerMonth, "sanitizePerMonth");
        Require.nonNegative(refurbishPerMonth, "refurbishPerMonth");
        months = Require.copy(months, "months");
        Require.nonNull(deadlineBreachMonth, "deadlineBreachMonth");
    }

    /** Devices collected over the horizon. */
    public int totalArrivals() {
        return months.stream().mapToInt(MonthPlan::arrivals).sum();
    }

    /** The largest end-of-month erasure backlog. */
    public int peakBacklog() {
        return months.stream().mapToInt(MonthPlan::backlog).max().orElse(0);
    }

    /** The most devices {@code siteId} holds in any month (0 when it never holds any). */
    public int peakOccupancy(String siteId) {
        return months.stream().flatMap(m -> m.sites().stream()).filter(s -> s.siteId().equals(siteId))
                .mapToInt(SiteLoad::occupancy).max().orElse(0);
    }

    /** The largest overflow of {@code siteId} in any month. */
    public int peakOverflow(String siteId) {
        return months.stream().flatMap(m -> m.sites().stream()).filter(s -> s.siteId().equals(siteId))
                .mapToInt(SiteLoad::overflow).max().orElse(0);
    }

    /** The first month in which some site holds more devices than its places, if any. */
    public OptionalInt firstOverflowMonth() {
        return months.stream().filter(m -> m.overflow() > 0).mapToInt(MonthPlan::month).findFirst();
    }
}
