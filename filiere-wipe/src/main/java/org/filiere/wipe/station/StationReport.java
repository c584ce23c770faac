package org.filiere.wipe.station;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.filiere.internal.Require;

/**
 * What a run of the station did: the outcome of every task (input order), every attempt in every bay, and
 * when the run started and ended (virtual time in simulations). Immutable and thread-safe.
 *
 * @param outcomes   one per task, input order
 * @param executions every attempt, in start order
 * @param startedAt  when the run started
 * @param endedAt    when its last task ended
 */
public record StationReport(List<TaskOutcome> outcomes, List<Execution> executions, Instant startedAt,
                            Instant endedAt) {
    public StationReport {
        outcomes = List.copyOf(outcomes);
        executions = List.copyOf(executions);
        Require.nonNull(startedAt, "startedAt");
        Require.nonNull(endedAt, "endedAt");
    }

    /** From start to the end of the last task. */
    public Duration makespan() {
        return Duration.between(startedAt, endedAt);
    }

    /** True when every task is erased (now or earlier). */
    public boolean allErased() {
        return outcomes.stream().allMatch(TaskOutcome::erased);
    }

    /** The outcomes of one kind. */
    public <T extends TaskOutcome> List<T> outcomes(Class<T> kind) {
        return outcomes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
