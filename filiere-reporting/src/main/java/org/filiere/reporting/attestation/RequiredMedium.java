package org.filiere.reporting.attestation;

import org.filiere.device.MediaType;
import org.filiere.internal.Require;
import org.filiere.sanitization.Level;

/**
 * A medium an agreement lists, with the level its sanitization decision requires. Immutable.
 *
 * @param serialNumber  the medium's serial
 * @param type          the kind of medium
 * @param requiredLevel the level it needs
 */
public record RequiredMedium(String serialNumber, MediaType type, Level requiredLevel) {
    public RequiredMedium {
        Require.nonBlank(serialNumber, "serialNumber");
        Require.nonNull(type, "type");
        Require.nonNull(requiredLevel, "requiredLevel");
    }
}
