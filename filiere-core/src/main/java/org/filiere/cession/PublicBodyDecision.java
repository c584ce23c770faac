package org.filiere.cession;

import java.time.LocalDate;
import org.filiere.internal.Require;

/**
 * The decision by which a public body authorises the free cession (délibération of the assembly, or a
 * decision under delegation), which a public donor's agreement must cite. Immutable.
 *
 * @param reference the decision's reference ({@code "DEC-2026-123"})
 * @param date      the date it was taken
 */
public record PublicBodyDecision(String reference, LocalDate date) {
    public PublicBodyDecision {
        Require.nonBlank(reference, "publicBody.decisionReference");
        Require.nonNull(date, "publicBody.decisionDate");
    }
}
