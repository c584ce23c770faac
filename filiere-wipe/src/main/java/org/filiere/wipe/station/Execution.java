package org.filiere.wipe.station;

import java.time.Instant;
import org.filiere.internal.Require;
import org.filiere.sanitization.SanitizationRecord;

/**
 * One attempt of one task in one bay, as it really happened: when the disk was loaded, when the work
 * started, when it ended, and the record. What Gantt charts of a run are drawn from. Immutable and thread-safe.
 *
 * @param task     the task
 * @param bay      the bay
 * @param attempt  1 for the first attempt, 2 for the retry
 * @param loadedAt when handling began
 * @param ioStart  when the engine started
 * @param end      when the engine returned
 * @param record   what it did
 */
public record Execution(StationTask task, Bay bay, int attempt, Instant loadedAt, Instant ioStart, Instant end,
                        SanitizationRecord record) {
    public Execution {
        Require.nonNull(task, "task");
        Require.nonNull(bay, "bay");
        Require.nonNull(loadedAt, "loadedAt");
        Require.nonNull(ioStart, "ioStart");
        Require.nonNull(end, "end");
    }

    /** True when the record proves the task's level. */
    public boolean succeeded() {
        return record != null && record.meets(task.required());
    }
}
