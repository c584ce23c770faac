package org.filiere.sanitization;

import org.filiere.internal.Require;

/**
 * How a sanitization run ended: completed, failed (with the tool's reason) or interrupted (power cut,
 * operator abort). Failure is an expected outcome, represented as a value.
 * Its implementations are immutable records, thread-safe.
 */
public sealed interface SanitizationResult
        permits SanitizationResult.Completed, SanitizationResult.Failed, SanitizationResult.Interrupted {

    /** True only for {@link Completed}. */
    default boolean completed() {
        return this instanceof Completed;
    }

    /** The tool reported that every pass completed. */
    record Completed() implements SanitizationResult {
    }

    /**
     * The tool reported a failure, or its output could not prove success.
     *
     * @param reason what went wrong, in the tool's words where possible
     */
    record Failed(String reason) implements SanitizationResult {
        public Failed {
            Require.nonBlank(reason, "failed.reason");
        }
    }

    /**
     * The run stopped before the tool reported an outcome.
     *
     * @param reason why (aborted by the operator, found in progress after a restart...)
     */
    record Interrupted(String reason) implements SanitizationResult {
        public Interrupted {
            Require.nonBlank(reason, "interrupted.reason");
        }
    }
}
