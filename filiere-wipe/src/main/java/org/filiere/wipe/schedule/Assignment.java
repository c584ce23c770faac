package org.filiere.wipe.schedule;

import java.time.Instant;
import org.filiere.internal.Require;

/**
 * Where and when one task runs: loaded by an operator into {@code bay} of {@code dockId} during
 * [{@code start}, {@code ioStart}], then working until {@code end}. Times are whole seconds; {@code end} is the
 * exact end of the timing model rounded up to the second (the bay is free from then on). Immutable.
 *
 * @param taskId  the task
 * @param dockId  the dock
 * @param bay     the bay number, from 1
 * @param start   start of the handling
 * @param ioStart end of the handling, start of the work
 * @param end     end of the work, rounded up to the second
 */
public record Assignment(String taskId, String dockId, int bay, Instant start, Instant ioStart, Instant end) {
    public Assignment {
        Require.nonBlank(taskId, "taskId");
        Require.nonBlank(dockId, "dockId");
        Require.that(bay >= 1, "bay", "bays are numbered from 1");
        Require.nonNull(start, "start");
        Require.nonNull(ioStart, "ioStart");
        Require.nonNull(end, "end");
        Require.that(!ioStart.isBefore(start) && !end.isBefore(ioStart), "end", "start <= ioStart <= end");
    }
}
