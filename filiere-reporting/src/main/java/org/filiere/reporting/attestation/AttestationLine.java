package org.filiere.reporting.attestation;

import java.time.Instant;
import org.filiere.device.DeviceCategory;
import org.filiere.device.MediaType;
import org.filiere.internal.Require;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.Technique;

/**
 * One medium on an attestation: the device it came from, what was required, what was proven, and the
 * certificate that proves it. The constructor refuses a line whose level does not satisfy its requirement.
 *
 * @param deviceId      the device's identity
 * @param category      the device's category
 * @param device        manufacturer and model
 * @param deviceSerial  the device's serial, or null
 * @param mediumSerial  the medium's serial
 * @param mediaType     the kind of medium
 * @param requiredLevel the level required
 * @param levelAchieved the level proven (at least the required one)
 * @param technique     the technique used
 * @param destroyed     true when the medium was physically destroyed
 * @param sanitizedAt   when the sanitization ended
 * @param certificateId the certificate proving it
 * Immutable and thread-safe.
 */
public record AttestationLine(String deviceId, DeviceCategory category, String device, String deviceSerial,
                              String mediumSerial, MediaType mediaType, Level requiredLevel, Level levelAchieved,
                              Technique technique, boolean destroyed, Instant sanitizedAt, String certificateId) {
    public AttestationLine {
        Require.nonBlank(deviceId, "deviceId");
        Require.nonNull(category, "category");
        Require.nonBlank(device, "device");
        Require.nonBlank(mediumSerial, "mediumSerial");
        Require.nonNull(mediaType, "mediaType");
        Require.nonNull(requiredLevel, "requiredLevel");
        Require.nonNull(levelAchieved, "levelAchieved");
        Require.that(levelAchieved.satisfies(requiredLevel), "levelAchieved",
                "an attested medium must reach its required level");
        Require.nonNull(technique, "technique");
        Require.nonNull(sanitizedAt, "sanitizedAt");
        Require.nonBlank(certificateId, "certificateId");
    }
}
