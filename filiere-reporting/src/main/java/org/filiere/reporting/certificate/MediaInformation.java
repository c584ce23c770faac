package org.filiere.reporting.certificate;

import org.filiere.cession.Confidentiality;
import org.filiere.device.MediaType;
import org.filiere.internal.Require;

/**
 * The media block of a certificate (NIST SP 800-88 Rev. 1 Appendix G block 2 and §4.8). Immutable.
 *
 * @param manufacturer   make or vendor, or null when unknown
 * @param model          model number, or null when unknown
 * @param serialNumber   the medium's serial number
 * @param propertyNumber the organization's media or property number, or null
 * @param mediaType      the kind of medium
 * @param capacityBytes  capacity (apparent size), or null when unknown
 * @param realCapacityBytes native capacity including hidden areas, or null when unknown or same
 * @param source         the device it came from (inventory number, serial or model)
 * @param classification the pre-sanitization confidentiality, or null
 * @param dataBackedUp   whether the data were backed up
 * @param backupLocation where, or null
 */
public record MediaInformation(String manufacturer, String model, String serialNumber, String propertyNumber,
                               MediaType mediaType, Long capacityBytes, Long realCapacityBytes, String source,
                               Confidentiality classification, DataBackedUp dataBackedUp, String backupLocation) {
    public MediaInformation {
        Require.nonBlank(serialNumber, "media.serialNumber");
        Require.nonNull(mediaType, "media.mediaType");
        Require.nonBlank(source, "media.source");
        Require.that(capacityBytes == null || capacityBytes >= 0, "media.capacityBytes", "must not be negative");
        Require.that(realCapacityBytes == null || realCapacityBytes >= 0, "media.realCapacityBytes",
                "must not be negative");
        dataBackedUp = dataBackedUp == null ? DataBackedUp.UNKNOWN : dataBackedUp;
    }
}
