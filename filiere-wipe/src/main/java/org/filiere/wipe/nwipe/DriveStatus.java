package org.filiere.wipe.nwipe;

/**
 * The 8-character status of a Drive Status row of nwipe's summary.
 * Immutable and thread-safe.
 */
public enum DriveStatus {
    /** {@code " Erased "}: every pass and verification completed. */
    ERASED,
    /** {@code "-FAILED-"}: a pass or verification failed. */
    FAILED,
    /** {@code "UABORTED"}: the user (or a signal) aborted the wipe. */
    USER_ABORTED,
    /** {@code "INSANITY"}: nwipe's own consistency checks failed. */
    INSANITY;

    /** The status for the 8-character cell, or null when it is none of the four. */
    static DriveStatus fromCell(String cell) {
        switch (cell.strip()) {
            case "Erased": return ERASED;
            case "-FAILED-": return FAILED;
            case "UABORTED": return USER_ABORTED;
            case "INSANITY": return INSANITY;
            default: return null;
        }
    }
}
