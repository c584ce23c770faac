package org.filiere.wipe.schedule;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filiere.FiliereException;
import org.filiere.internal.Require;

/**
 * The disks waiting at the station and the instant planning starts from ({@code tasks.json}). The order of
 * {@code tasks} is the input order the baselines follow. Immutable and thread-safe.
 *
 * @param start the earliest instant any handling may start
 * @param tasks the tasks, with unique ids
 */
public record Workload(Instant start, List<Task> tasks) {
    public Workload {
        Require.nonNull(start, "start");
        Require.that(start.getNano() == 0, "start", "start must be a whole second");
        tasks = Require.copy(tasks, "tasks");
        Set<String> ids = new HashSet<>();
        for (Task t : tasks) {
            if (!ids.add(t.id())) {
                throw new FiliereException("duplicate task id").with("task", t.id());
            }
        }
    }
}
