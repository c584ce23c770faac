package org.filiere.wipe.engine;

/**
 * Receives progress reports from a running engine, possibly from another thread than the caller's. Must not block
 * for long: it is called from the thread that drains the tool's output.
 * Implementations must be thread-safe (engines call them from their reader threads).
 */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores progress. */
    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);
}
