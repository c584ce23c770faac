package org.filiere.sanitization;

/**
 * Whether an ATA drive hides sectors from the host (Host Protected Area, Device Configuration Overlay,
 * Accessible Max Address). Sanitization guidance requires hidden areas to be removed or proven absent
 * before CLEAR or PURGE is certified (NIST SP 800-88 Rev. 1 Appendix A; IEEE 2883-2022). Immutable and thread-safe.
 */
public enum HiddenAreaStatus {
    /** Checked, none present (native max equals current max, no DCO restriction). */
    ABSENT,
    /** Checked, hidden sectors exist: overwriting the visible sectors leaves them untouched. */
    PRESENT,
    /** Could not be checked (no ATA pass-through, tool missing, command refused). */
    UNKNOWN,
    /** The medium has no such feature sets (NVMe, SCSI, loop devices, flash cards). */
    NOT_APPLICABLE
}
