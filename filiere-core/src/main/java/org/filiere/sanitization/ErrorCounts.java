package org.filiere.sanitization;

import org.filiere.internal.Require;

/**
 * Error counters a wipe tool reports (nwipe's Error Summary columns). Immutable.
 *
 * @param pass         write-pass errors
 * @param verification verification errors
 * @param sync         fdatasync I/O errors
 */
public record ErrorCounts(long pass, long verification, long sync) {
    /** No errors. */
    public static final ErrorCounts NONE = new ErrorCounts(0, 0, 0);

    public ErrorCounts {
        Require.nonNegative(pass, "errors.pass");
        Require.nonNegative(verification, "errors.verification");
        Require.nonNegative(sync, "errors.sync");
    }

    /** The sum of all counters. */
    public long total() {
        return pass + verification + sync;
    }
}
