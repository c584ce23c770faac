package org.filiere.reporting.certificate;

/**
 * Where a medium goes after sanitization (NIST SP 800-88 Rev. 1 Appendix G block 4).
 * Immutable and thread-safe.
 */
public enum MediaDestination {
    INTERNAL_REUSE, EXTERNAL_REUSE, RECYCLING_FACILITY, MANUFACTURER, OTHER
}
