package org.filiere.reporting.certificate;

/**
 * Whether the medium's data were backed up before sanitization (Appendix G block 2).
 * Immutable and thread-safe.
 */
public enum DataBackedUp {
    YES, NO, UNKNOWN
}
