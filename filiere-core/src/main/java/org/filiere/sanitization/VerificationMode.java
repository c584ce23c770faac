package org.filiere.sanitization;

/**
 * How the result of a sanitization was verified (NIST SP 800-88 Rev. 1 §4.7). Immutable and thread-safe.
 */
public enum VerificationMode {
    /** Not verified: never enough for CLEAR or PURGE. */
    NONE,
    /** Every user-addressable sector read back. */
    FULL,
    /** NIST representative sampling: at least 1000 subsections, at least 10 % of the medium read back. */
    SAMPLED,
    /** Only the drive's own completion status (sanitize log, security state) was checked. */
    FIRMWARE_STATUS_ONLY,
    /** Physical destruction inspected by a person (particle size, witness). */
    VISUAL_INSPECTION
}
