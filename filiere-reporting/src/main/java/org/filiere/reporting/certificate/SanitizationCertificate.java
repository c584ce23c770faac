package org.filiere.reporting.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.filiere.internal.Require;
import org.filiere.reporting.json.SchemaVersion;
import org.filiere.reporting.signature.DocumentSignature;
import org.filiere.reporting.signature.Signable;
import org.filiere.sanitization.CertificateStatus;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;

/**
 * A certificate of sanitization for one medium: a superset of NIST SP 800-88 Rev. 1 Appendix G (operator,
 * validator, media information, sanitization details, destination) and of what nwipe's PDF report shows
 * (start, end, duration, bytes, throughput, errors, HPA/DCO), with the agreement, donor, site, the
 * decision's standard reference and the SHA-256 of the tool's raw log (inside {@link #record()}).
 *
 * <p>Illegal states are refused: the status must be the one {@link SanitizationCertificates#verdict} derives
 * from the record and the required level, so an {@code ERASED} certificate always holds a record that
 * {@linkplain SanitizationRecord#meets(Level) meets} its requirement. Build it with
 * {@link SanitizationCertificates#issue}. Immutable and thread-safe.
 *
 * @param schemaVersion          {@link SchemaVersion#CURRENT}
 * @param documentType           {@value #DOCUMENT_TYPE}
 * @param id                     {@code CERT-yyyyMMdd-<10 hex>}, derived from the record
 * @param issuedAt               when it was issued
 * @param status                 the verdict
 * @param issues                 why it is not {@code ERASED} (empty when it is)
 * @param requiredLevel          the level the medium needed
 * @param levelAchieved          the level the record proves, or null when none
 * @param standardReference      the standard the decision cites
 * @param agreementId            the donation agreement, or null
 * @param donor                  the donor, or null
 * @param siteName               the site's name
 * @param operator               who performed it
 * @param validator              who validated it, or null
 * @param media                  the media block
 * @param record                 the evidence: technique, parameters, tool, times, result, verification, errors,
 *                               hidden areas, bytes, raw log hash
 * @param durationSeconds        end minus start, in seconds
 * @param throughputBytesPerSecond bytes erased per second, or null when not measured (firmware commands)
 * @param destination            post-sanitization destination
 * @param notes                  free notes, or null
 * @param signature              the signature block, or null before signing
 */
public record SanitizationCertificate(int schemaVersion, String documentType, String id, Instant issuedAt,
                                      CertificateStatus status, List<CertificateIssue> issues, Level requiredLevel,
                                      Level levelAchieved, String standardReference, String agreementId,
                                      Party donor, String siteName, Person operator, Person validator,
                                      MediaInformation media, SanitizationRecord record, long durationSeconds,
                                      Long throughputBytesPerSecond, Destination destination, String notes,
                                      DocumentSignature signature)
        implements Signable<SanitizationCertificate> {
    /** The {@code documentType} of certificates. */
    public static final String DOCUMENT_TYPE = "SANITIZATION_CERTIFICATE";

    public SanitizationCertificate {
        SchemaVersion.require(schemaVersion);
        Require.that(DOCUMENT_TYPE.equals(documentType), "documentType", "must be " + DOCUMENT_TYPE);
        Require.nonBlank(id, "id");
        Require.nonNull(issuedAt, "issuedAt");
        Require.nonNull(status, "status");
        issues = Require.copy(issues, "issues");
        Require.nonNull(requiredLevel, "requiredLevel");
        Require.nonBlank(standardReference, "standardReference");
        Require.nonBlank(siteName, "siteName");
        Require.nonNull(operator, "operator");
        Require.nonNull(media, "media");
        Require.nonNull(record, "record");
        Require.nonNull(destination, "destination");
        Require.that(media.serialNumber().equals(record.mediumSerial()), "media.serialNumber",
                "must be the record's medium serial");
        Require.that(media.mediaType() == record.mediaType(), "media.mediaType", "must be the record's media type");
        SanitizationCertificates.Verdict v = SanitizationCertificates.verdict(record, requiredLevel);
        Require.that(v.status() == status, "status", "must be " + v.status() + " for this record and level");
        Require.that(v.issues().equals(issues), "issues", "must be " + v.issues());
        Require.that(status != CertificateStatus.ERASED || record.meets(requiredLevel), "status",
                "ERASED needs a record that meets the required level");
        Require.that(Objects.equals(levelAchieved, record.levelAchieved().orElse(null)), "levelAchieved",
                "must be the record's level achieved");
        Require.that(durationSeconds == record.duration().getSeconds(), "durationSeconds",
                "must be the record's duration");
        Require.that(id.equals(SanitizationCertificates.idFor(record)), "id", "must be derived from the record");
    }

    @Override
    public SanitizationCertificate withSignature(DocumentSignature signature) {
        return new SanitizationCertificate(schemaVersion, documentType, id, issuedAt, status, issues, requiredLevel,
                levelAchieved, standardReference, agreementId, donor, siteName, operator, validator, media, record,
                durationSeconds, throughputBytesPerSecond, destination, notes, signature);
    }
}
