package org.filiere.reporting.attestation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.filiere.cession.AttestationPolicy;
import org.filiere.internal.Require;
import org.filiere.ledger.LedgerState;
import org.filiere.reporting.certificate.CertificateIssue;
import org.filiere.reporting.certificate.Person;
import org.filiere.reporting.certificate.SanitizationCertificates;
import org.filiere.reporting.json.SchemaVersion;
import org.filiere.sanitization.SanitizationRecord;

/**
 * Prepares erasure attestations from the ledger: an attestation is issued only when every medium of the
 * agreement has a latest record that meets its required level (destroyed media meet every level); otherwise
 * the outcome is a refusal listing every missing medium. Each line names the certificate of the medium's
 * latest record ({@link SanitizationCertificates#idFor}, deterministic, so the id is the same whether the
 * certificate was written before or is written with the attestation). Stateless and thread-safe.
 *
 * <pre>{@code
 * AttestationOutcome out = ErasureAttestations.prepare(agreement, journal.state(),
 *         AttestationPolicy.DEFAULT, Person.named("Dominique Roux"), "E&S / La Miraille", clock);
 * if (out instanceof AttestationOutcome.Ready r) { write(signer.sign(r.attestation())); }
 * }</pre>
 */
public final class ErasureAttestations {
    private ErasureAttestations() {
    }

    /**
     * Prepares the attestation of {@code agreement} from the ledger's state, dated by {@code clock}
     * (the issue date is in the clock's zone).
     */
    public static AttestationOutcome prepare(AttestationAgreement agreement, LedgerState state, AttestationPolicy policy,
                                             Person issuer, String siteName, Clock clock) {
        Require.nonNull(agreement, "agreement");
        Require.nonNull(state, "state");
        Require.nonNull(policy, "policy");
        Require.nonNull(issuer, "issuer");
        Require.nonBlank(siteName, "siteName");
        Require.nonNull(clock, "clock");
        List<AttestationLine> lines = new ArrayList<>();
        List<MissingMedium> missing = new ArrayList<>();
        List<String> withoutMedia = new ArrayList<>();
        for (AgreementDevice device : agreement.devices()) {
            if (device.media().isEmpty()) {
                withoutMedia.add(device.id());
            }
            for (RequiredMedium medium : device.media()) {
                Optional<SanitizationRecord> latest = state.latestRecord(medium.serialNumber());
                if (state.unfinishedWipes().containsKey(medium.serialNumber())) {
                    missing.add(new MissingMedium(device.id(), medium.serialNumber(), medium.requiredLevel(),
                            MissingMedium.Reason.WIPE_UNFINISHED, "a wipe was started and has no outcome"));
                } else if (latest.isEmpty()) {
                    missing.add(new MissingMedium(device.id(), medium.serialNumber(), medium.requiredLevel(),
                            MissingMedium.Reason.NO_RECORD, "no sanitization recorded"));
                } else if (!latest.get().meets(medium.requiredLevel())) {
                    SanitizationRecord r = latest.get();
                    List<CertificateIssue> issues = SanitizationCertificates.verdict(r, medium.requiredLevel()).issues();
                    missing.add(new MissingMedium(device.id(), medium.serialNumber(), medium.requiredLevel(),
                            MissingMedium.Reason.LEVEL_NOT_MET, r.technique() + " on " + r.endedAt() + ": "
                            + String.join(", ", issues.stream().map(CertificateIssue::en).toList())));
                } else {
                    SanitizationRecord r = latest.get();
                    lines.add(new AttestationLine(device.id(), device.category(), device.description(),
                            device.serialNumber(), medium.serialNumber(), medium.type(), medium.requiredLevel(),
                            r.levelAchieved().orElseThrow(), r.technique(), r.technique().isDestructive(),
                            r.endedAt(), SanitizationCertificates.idFor(r)));
                }
            }
        }
        if (!missing.isEmpty()) {
            return new AttestationOutcome.Refused(agreement.id(), missing);
        }
        LocalDate issuedOn = LocalDate.now(clock);
        LocalDate due = agreement.attestationDue(policy);
        long late = Math.max(0, ChronoUnit.DAYS.between(due, issuedOn));
        return new AttestationOutcome.Ready(new ErasureAttestation(SchemaVersion.CURRENT,
                ErasureAttestation.DOCUMENT_TYPE, "ATT-" + agreement.id(), clock.instant(), issuedOn, agreement.id(),
                agreement.donor(), agreement.recipientName(), agreement.collectedOn(), due, late == 0, late, issuer,
                siteName, lines, withoutMedia, null));
    }
}
