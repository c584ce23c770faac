package org.filiere.allocation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.filiere.internal.Require;

/**
 * The follow-up view of after-donation support: which deliveries' coaching is behind, most late first.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * List<SupportStatus> late = SupportFollowUp.overdue(plans, clock);
 * }</pre>
 */
public final class SupportFollowUp {
    /** Most sessions late first, then longest overdue, then oldest delivery, then request id. */
    public static final Comparator<SupportStatus> MOST_LATE_FIRST =
            Comparator.comparingInt(SupportStatus::behindBy).reversed()
                    .thenComparing(Comparator.comparingLong(SupportStatus::daysOverdue).reversed())
                    .thenComparing(s -> s.plan().deliveredOn())
                    .thenComparing(s -> s.plan().requestId());

    private SupportFollowUp() {
    }

    /** Every plan's status on {@code day}, most late first. */
    public static List<SupportStatus> statusOn(Collection<SupportPlan> plans, LocalDate day) {
        Require.nonNull(day, "day");
        return Require.copy(plans, "plans").stream().map(p -> p.statusOn(day)).sorted(MOST_LATE_FIRST).toList();
    }

    /** The plans that are behind on the clock's today, most late first. */
    public static List<SupportStatus> overdue(Collection<SupportPlan> plans, Clock clock) {
        return overdueOn(plans, LocalDate.now(Require.nonNull(clock, "clock")));
    }

    /** The plans that are behind on {@code day}, most late first. */
    public static List<SupportStatus> overdueOn(Collection<SupportPlan> plans, LocalDate day) {
        return statusOn(plans, day).stream().filter(SupportStatus::isBehind).toList();
    }
}
