package org.filiere.reporting.attestation;

import org.filiere.internal.Require;
import org.filiere.sanitization.Level;

/**
 * A medium that keeps an agreement from being attested, and why. Immutable.
 *
 * @param deviceId      the device it belongs to
 * @param mediumSerial  the medium's serial
 * @param requiredLevel the level it needs
 * @param reason        why it is not done
 * @param detail        a short English explanation (the last result, the issues found)
 */
public record MissingMedium(String deviceId, String mediumSerial, Level requiredLevel, Reason reason, String detail) {
    /** Why a medium is missing. */
    public enum Reason {
        /** No sanitization was recorded for it. */
        NO_RECORD,
        /** A wipe was started and has no outcome yet (running, or the station stopped). */
        WIPE_UNFINISHED,
        /** Its latest record does not meet the required level. */
        LEVEL_NOT_MET
    }

    public MissingMedium {
        Require.nonBlank(deviceId, "deviceId");
        Require.nonBlank(mediumSerial, "mediumSerial");
        Require.nonNull(requiredLevel, "requiredLevel");
        Require.nonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }
}
