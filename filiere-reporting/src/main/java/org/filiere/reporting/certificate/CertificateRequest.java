package org.filiere.reporting.certificate;

import org.filiere.internal.Require;
import org.filiere.sanitization.Level;

/**
 * Everything a certificate states besides the sanitization record itself: who, for whom, which medium,
 * which requirement and where the medium goes. Immutable.
 *
 * @param requiredLevel     the level the medium needed (from the sanitization decision)
 * @param standardReference the standard the decision cites ({@code NIST SP 800-88r1},
 *                          {@code NIST SP 800-88r2 → IEEE 2883-2022})
 * @param agreementId       the donation agreement, or null when none
 * @param donor             the donor, or null when none
 * @param siteName          the site where it was done (human name; the record carries the site id)
 * @param operator          who performed it (Appendix G block 1)
 * @param validator         who validated it (block 6), or null
 * @param media             the media block (block 2)
 * @param destination       where the medium goes (block 4)
 * @param notes             free notes, or null
 */
public record CertificateRequest(Level requiredLevel, String standardReference, String agreementId, Party donor,
                                 String siteName, Person operator, Person validator, MediaInformation media,
                                 Destination destination, String notes) {
    public CertificateRequest {
        Require.nonNull(requiredLevel, "requiredLevel");
        Require.nonBlank(standardReference, "standardReference");
        Require.nonBlank(siteName, "siteName");
        Require.nonNull(operator, "operator");
        Require.nonNull(media, "media");
        Require.nonNull(destination, "destination");
    }
}
