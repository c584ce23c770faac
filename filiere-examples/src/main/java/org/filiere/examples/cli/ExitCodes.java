package org.filiere.examples.cli;

/**
 * The CLI's exit codes, fixed by the contract. Constants only; thread-safe.
 */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The command ran and found a problem (invalid document, violations, failed wipe, bad signature). */
    public static final int PROBLEM = 1;
    /** Usage or I/O error (unknown option, unreadable file, malformed JSON/CSV). */
    public static final int USAGE_OR_IO = 2;

    private ExitCodes() {
    }
}
