package org.filiere.wipe.station;

import org.filiere.ledger.LedgerEntry;
import org.filiere.wipe.engine.Progress;

/**
 * What a run reports as it goes. {@link #onOutcome} is called on the runner's thread, only after the outcome's
 * evidence is durable in the journal, so a listener may issue certificates from it; {@link #onProgress} comes
 * from worker threads and must not block. All methods default to nothing.
 * Implementations must be thread-safe: {@link #onProgress} and the other methods come from different threads.
 */
public interface StationListener {
    /** Ignores everything. */
    StationListener NONE = new StationListener() {
    };

    /** A wipe found in progress in the journal at start was recorded as interrupted (it will be redone). */
    default void onRecovered(LedgerEntry.WipeStarted unfinished) {
    }

    /** A disk is being loaded into a bay (or a retry starts in it). */
    default void onLoad(StationTask task, Bay bay, int attempt) {
    }

    /** A running engine reported progress. */
    default void onProgress(StationTask task, Bay bay, Progress progress) {
    }

    /** An attempt failed and will be retried once in the same bay. */
    default void onRetry(StationTask task, Bay bay, String reason) {
    }

    /** A task's outcome, after it is in the journal. */
    default void onOutcome(TaskOutcome outcome) {
    }
}
