package org.filiere.wipe.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.filiere.internal.Require;

/**
 * A complete wipe plan: one assignment per task, its makespan and a proven lower bound on the makespan of any
 * feasible plan for the same station and workload. Immutable and thread-safe.
 *
 * @param strategy          how it was built
 * @param start             the workload's start
 * @param makespanSeconds   latest end minus start, whole seconds
 * @param lowerBound        the lower bound and its components
 * @param assignments       one per task, in the workload's task order
 * @param late              ids of the tasks ending after their due time, in task order
 */
public record Plan(Strategy strategy, Instant start, double makespanSeconds, LowerBound lowerBound,
                   List<Assignment> assignments, List<String> late) {
    public Plan {
        Require.nonNull(strategy, "strategy");
        Require.nonNull(start, "start");
        Require.nonNegative(makespanSeconds, "makespanSeconds");
        Require.nonNull(lowerBound, "lowerBound");
        assignments = Require.copy(assignments, "assignments");
        late = Require.copy(late, "late");
    }

    /** The lower bound in seconds, as the contract's {@code lowerBoundSeconds}. */
    public double lowerBoundSeconds() {
        return lowerBound.seconds();
    }

    /** makespan / lower bound (1.0 is provably optimal), or 1.0 for an empty workload. */
    public double ratioToBound() {
        return lowerBound.seconds() <= 0 ? 1.0 : makespanSeconds / lowerBound.seconds();
    }

    /** The assignment of {@code taskId}, if present. */
    public Optional<Assignment> assignmentOf(String taskId) {
        return assignments.stream().filter(a -> a.taskId().equals(taskId)).findFirst();
    }
}
