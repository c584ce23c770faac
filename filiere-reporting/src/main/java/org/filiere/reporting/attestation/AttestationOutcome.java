package org.filiere.reporting.attestation;

import java.util.List;
import org.filiere.internal.Require;

/**
 * What preparing an attestation gives: the attestation, or a refusal listing every medium still missing.
 * A refusal is an expected outcome, not an error.
 * Its implementations are immutable records, thread-safe.
 */
public sealed interface AttestationOutcome permits AttestationOutcome.Ready, AttestationOutcome.Refused {

    /**
     * Every medium of the agreement meets its level or was destroyed.
     *
     * @param attestation the (unsigned) attestation
     */
    record Ready(ErasureAttestation attestation) implements AttestationOutcome {
        public Ready {
            Require.nonNull(attestation, "attestation");
        }
    }

    /**
     * Some media are not done.
     *
     * @param agreementId the agreement
     * @param missing     every medium still missing, in agreement order (never empty)
     */
    record Refused(String agreementId, List<MissingMedium> missing) implements AttestationOutcome {
        public Refused {
            Require.nonBlank(agreementId, "agreementId");
            missing = Require.copy(missing, "missing");
            Require.that(!missing.isEmpty(), "missing", "a refusal lists at least one medium");
        }
    }
}
