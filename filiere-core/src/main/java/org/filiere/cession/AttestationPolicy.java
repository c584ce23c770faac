package org.filiere.cession;

import java.time.LocalDate;
import org.filiere.internal.Require;

/**
 * How long after collection the network must deliver the erasure attestation. The workshop report fixes
 * 6 months as the longest tolerable delay ("Délai tolérable maxi collecte/attestation : 6 mois"); it is a
 * contractual commitment (the donor's GDPR art. 24 evidence), not a legal deadline, hence a policy value.
 * Immutable.
 *
 * <pre>{@code
 * AttestationPolicy.DEFAULT.attestationDue(LocalDate.parse("2026-03-09"));   // 2026-09-09
 * }</pre>
 *
 * @param deadlineMonths months between collection and the attestation deadline, at least 1
 */
public record AttestationPolicy(int deadlineMonths) {
    /** The workshop report's 6 months. */
    public static final AttestationPolicy DEFAULT = new AttestationPolicy(6);

    public AttestationPolicy {
        Require.that(deadlineMonths >= 1, "deadlineMonths", "must be at least 1");
    }

    /**
     * The day the attestation is due: {@code collectedOn} plus the deadline, in calendar months; when the
     * target month is shorter, the last day of that month (2026-08-31 + 6 months = 2027-02-28).
     */
    public LocalDate attestationDue(LocalDate collectedOn) {
        Require.nonNull(collectedOn, "collectedOn");
        return collectedOn.plusMonths(deadlineMonths);
    }
}
