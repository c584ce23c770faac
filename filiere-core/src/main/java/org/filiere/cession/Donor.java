package org.filiere.cession;

import org.filiere.internal.Require;

/**
 * Who gives the devices under a {@link CessionAgreement}. Immutable.
 *
 * <p>The SIRET is optional here: {@link CessionRule#SIRET_REQUIRED} reports it missing for companies and
 * public bodies, and {@link CessionRule#SIRET_CHECKSUM} a wrong check key.
 *
 * @param kind  individual, company, public institution or association
 * @param name  the donor's name as on the agreement
 * @param siret the establishment's SIRET, or null
 */
public record Donor(DonorKind kind, String name, Siret siret) {
    public Donor {
        Require.nonNull(kind, "donor.kind");
        Require.nonBlank(name, "donor.name");
    }

    /** True for a public body ceding under CGPPP L3212-2 / L3212-3 (State, collectivité, établissement public). */
    public boolean isPublic() {
        return kind == DonorKind.PUBLIC_INSTITUTION;
    }
}
