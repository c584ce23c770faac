package org.filiere.wipe.station;

import java.util.List;
import org.filiere.internal.Require;
import org.filiere.sanitization.SanitizationRecord;

/**
 * How one task ended in a run, once its evidence is in the journal. A sealed family; expected outcomes,
 * failures included, are values. Immutable and thread-safe.
 */
public sealed interface TaskOutcome permits TaskOutcome.Erased, TaskOutcome.AlreadyErased,
        TaskOutcome.ForDestruction, TaskOutcome.Interrupted, TaskOutcome.NotRun {

    /** The task. */
    StationTask task();

    /** True when the medium is proven sanitized to the required level (now or in an earlier run). */
    default boolean erased() {
        return this instanceof Erased || this instanceof AlreadyErased;
    }

    /**
     * Erased and verified in this run.
     *
     * @param task     the task
     * @param record   the record proving the required level
     * @param attempts attempts it took (2 after a retry)
     */
    record Erased(StationTask task, SanitizationRecord record, int attempts) implements TaskOutcome {
        public Erased {
            Require.nonNull(task, "task");
            Require.nonNull(record, "record");
        }
    }

    /**
     * Found erased in the journal by an earlier run: not redone.
     *
     * @param task   the task
     * @param record the earlier record that proves the required level
     */
    record AlreadyErased(StationTask task, SanitizationRecord record) implements TaskOutcome {
        public AlreadyErased {
            Require.nonNull(task, "task");
            Require.nonNull(record, "record");
        }
    }

    /**
     * Could not be erased (after the retry where one made sense): the medium is marked for destruction.
     *
     * @param task     the task
     * @param reason   why, for the operator and the journal
     * @param attempts the records of every attempt, oldest first
     */
    record ForDestruction(StationTask task, String reason, List<SanitizationRecord> attempts) implements TaskOutcome {
        public ForDestruction {
            Require.nonNull(task, "task");
            Require.nonBlank(reason, "reason");
            attempts = List.copyOf(attempts);
        }
    }

    /**
     * Stopped by the operator (Ctrl-C) or never started because the run was cancelled; to be redone.
     *
     * @param task   the task
     * @param record the interrupted record, or null when it had not started
     */
    record Interrupted(StationTask task, SanitizationRecord record) implements TaskOutcome {
        public Interrupted {
            Require.nonNull(task, "task");
        }
    }

    /**
     * Not run: no bay of the station can run it.
     *
     * @param task   the task
     * @param reason why
     */
    record NotRun(StationTask task, String reason) implements TaskOutcome {
        public NotRun {
            Require.nonNull(task, "task");
            Require.nonBlank(reason, "reason");
        }
    }
}
