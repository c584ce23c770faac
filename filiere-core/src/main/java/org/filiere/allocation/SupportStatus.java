package org.filiere.allocation;

import java.time.LocalDate;
import org.filiere.internal.Require;

/**
 * Where one support plan stands on a given day. Immutable.
 *
 * @param plan          the plan
 * @param on            the day looked at
 * @param held          sessions held by then
 * @param due           sessions that should have been held by then
 * @param behindBy      {@code max(0, due - held)}: how many sessions late
 * @param nextDueOn     when the next session is due (may be in the past when behind), null once all are held
 * @param lastSessionOn the last session held, or null
 */
public record SupportStatus(SupportPlan plan, LocalDate on, int held, int due, int behindBy, LocalDate nextDueOn,
                            LocalDate lastSessionOn) {
    public SupportStatus {
        Require.nonNull(plan, "status.plan");
        Require.nonNull(on, "status.on");
    }

    /** Whether support is late. */
    public boolean isBehind() {
        return behindBy > 0;
    }

    /** Whether every expected session was held. */
    public boolean isComplete() {
        return held >= plan.expectedSessions();
    }

    /** Days since the next session fell due, 0 when it is not yet due or all are held. */
    public long daysOverdue() {
        if (nextDueOn == null || !nextDueOn.isBefore(on)) {
            return 0;
        }
        return on.toEpochDay() - nextDueOn.toEpochDay();
    }
}
