package org.filiere.reporting.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.filiere.cession.CessionAgreement;
import org.filiere.validation.Violation;

/**
 * The outcome of checking an agreement document: every violation found (structure and legal rules), the
 * attestation deadline when the collection date is known, and the agreement when the document could be
 * mapped to one. Immutable.
 *
 * @param attestationDue the day the erasure attestation is due, or null when the document has no collection date
 * @param violations     every problem, structure first then legal rules; empty when valid
 * @param agreement      the domain agreement, or null when the document's structure prevents building it
 */
public record AgreementCheck(LocalDate attestationDue, List<Violation> violations, CessionAgreement agreement) {
    public AgreementCheck {
        violations = List.copyOf(violations);
    }

    /** True when the document breaks no rule. */
    public boolean valid() {
        return violations.isEmpty();
    }

    /** The domain agreement, empty when the document's structure prevented building it. */
    public Optional<CessionAgreement> agreementIfMapped() {
        return Optional.ofNullable(agreement);
    }
}
