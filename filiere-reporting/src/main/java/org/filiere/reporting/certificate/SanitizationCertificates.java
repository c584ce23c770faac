package org.filiere.reporting.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.filiere.FiliereException;
import org.filiere.internal.Require;
import org.filiere.reporting.json.SchemaVersion;
import org.filiere.sanitization.CertificateStatus;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.VerificationMode;

/**
 * Issues sanitization certificates from records and decides their status. Stateless and thread-safe.
 *
 * <pre>{@code
 * SanitizationCertificate cert = SanitizationCertificates.issue(record, request, clock);
 * SanitizationCertificate signed = signer.sign(cert);
 * }</pre>
 */
public final class SanitizationCertificates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private SanitizationCertificates() {
    }

    /** A status and the issues behind it. */
    public record Verdict(CertificateStatus status, List<CertificateIssue> issues) {
        public Verdict {
            Require.nonNull(status, "status");
            issues = Require.copy(issues, "issues");
        }
    }

    /**
     * The status a certificate must state for {@code record} against {@code required}: {@code ERASED} exactly
     * when {@link SanitizationRecord#meets(Level)}; {@code ERASED_WITH_EXCEPTIONS} when the run completed
     * cleanly and was verified but hidden areas or a lower level keep it from proving the requirement;
     * {@code NOT_ERASED} otherwise.
     */
    public static Verdict verdict(SanitizationRecord record, Level required) {
        Require.nonNull(record, "record");
        Require.nonNull(required, "required");
        if (record.meets(required)) {
            return new Verdict(CertificateStatus.ERASED, List.of());
        }
        List<CertificateIssue> issues = new ArrayList<>();
        Optional<Level> reached = record.techniqueLevel();
        if (reached.isEmpty()) {
            issues.add(CertificateIssue.TECHNIQUE_NOT_APPLICABLE);
        }
        if (record.result() instanceof SanitizationResult.Failed) {
            issues.add(CertificateIssue.RUN_FAILED);
        } else if (record.result() instanceof SanitizationResult.Interrupted) {
            issues.add(CertificateIssue.RUN_INTERRUPTED);
        }
        if (record.errors().total() > 0) {
            issues.add(CertificateIssue.TOOL_ERRORS);
        }
        boolean verifiable = reached.isPresent() && reached.get() != Level.REINSTALL && reached.get() != Level.DESTROY;
        if (verifiable && !record.verification().passed()) {
            issues.add(record.verification().mode() == VerificationMode.NONE
                    ? CertificateIssue.NOT_VERIFIED : CertificateIssue.VERIFICATION_FAILED);
        }
        if (record.mediaType().isAta() && verifiable) {
            if (record.hiddenAreas() == HiddenAreaStatus.PRESENT) {
                issues.add(CertificateIssue.HIDDEN_AREAS_PRESENT);
            } else if (record.hiddenAreas() == HiddenAreaStatus.UNKNOWN) {
                issues.add(CertificateIssue.HIDDEN_AREAS_UNKNOWN);
            }
        }
        if (reached.isPresent() && !reached.get().satisfies(required)) {
            issues.add(reached.get() == Level.REINSTALL ? CertificateIssue.REINSTALL_ONLY
                    : CertificateIssue.LEVEL_BELOW_REQUIREMENT);
        }
        if (issues.isEmpty()) {
            // meets() said no but no rule above explains why: never certify what we cannot explain.
            throw new FiliereException("record does not meet its level for an unknown reason")
                    .with("medium", record.mediumSerial());
        }
        boolean onlyExceptions = issues.stream().allMatch(CertificateIssue::isException);
        return new Verdict(onlyExceptions ? CertificateStatus.ERASED_WITH_EXCEPTIONS : CertificateStatus.NOT_ERASED,
                issues);
    }

    /** The certificate id of a record: {@code CERT-<end date>-<10 hex of SHA-256(serial, start, technique)>}. */
    public static String idFor(SanitizationRecord record) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((record.mediumSerial() + "|" + record.startedAt()
                    + "|" + record.technique()).getBytes(StandardCharsets.UTF_8));
            return "CERT-" + DAY.format(record.endedAt()) + "-" + HexFormat.of().formatHex(h).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new FiliereException("SHA-256 unavailable", e);
        }
    }

    /** Issues the (unsigned) certificate of {@code record}, dated by {@code clock}. */
    public static SanitizationCertificate issue(SanitizationRecord record, CertificateRequest request, Clock clock) {
        Require.nonNull(record, "record");
        Require.nonNull(request, "request");
        Require.nonNull(clock, "clock");
        Verdict v = verdict(record, request.requiredLevel());
        long seconds = record.duration().getSeconds();
        Long throughput = record.bytesErased() > 0 && seconds > 0 ? record.bytesErased() / seconds : null;
        return new SanitizationCertificate(SchemaVersion.CURRENT, SanitizationCertificate.DOCUMENT_TYPE, idFor(record),
                clock.instant(), v.status(), v.issues(), request.requiredLevel(), record.levelAchieved().orElse(null),
                request.standardReference(), request.agreementId(), request.donor(), request.siteName(),
                request.operator(), request.validator(), request.media(), record, seconds, throughput,
                request.destination(), request.notes(), null);
    }
}
