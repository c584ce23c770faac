package org.filiere.reporting.certificate;

import org.filiere.cession.DonorKind;
import org.filiere.internal.Require;

/**
 * The donor named on a certificate or attestation. Immutable.
 *
 * @param name  the donor's name
 * @param kind  individual, company, public institution or association
 * @param siret the SIRET number, or null
 */
public record Party(String name, DonorKind kind, String siret) {
    public Party {
        Require.nonBlank(name, "donor.name");
        Require.nonNull(kind, "donor.kind");
    }

    /** The party of an agreement's donor. */
    public static Party of(org.filiere.cession.Donor donor) {
        Require.nonNull(donor, "donor");
        return new Party(donor.name(), donor.kind(), donor.siret() == null ? null : donor.siret().digits());
    }
}
