package org.filiere.reporting.attestation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.filiere.internal.Require;
import org.filiere.reporting.certificate.Party;
import org.filiere.reporting.certificate.Person;
import org.filiere.reporting.json.SchemaVersion;
import org.filiere.reporting.signature.DocumentSignature;
import org.filiere.reporting.signature.Signable;

/**
 * The erasure attestation of one donation agreement: every medium it covers, each with the certificate that
 * proves it reached its required level (or was destroyed), and whether it was issued within the deadline
 * (collection date + 6 months by default, {@link org.filiere.cession.AttestationPolicy}) or late by how many days. Build it with
 * {@link ErasureAttestations#prepare}, which refuses while a medium is missing. Immutable and thread-safe.
 *
 * @param schemaVersion       {@link SchemaVersion#CURRENT}
 * @param documentType        {@value #DOCUMENT_TYPE}
 * @param id                  {@code ATT-<agreement id>}
 * @param issuedAt            when it was issued
 * @param issuedOn            the issue date (in the issuer's time zone)
 * @param agreementId         the agreement
 * @param donor               the donor
 * @param recipientName       the receiving organisation
 * @param collectedOn         the collection date
 * @param deadline            the date it was due
 * @param withinDeadline      true when issued on or before the deadline
 * @param daysLate            days after the deadline (0 when within)
 * @param issuer              who issues it
 * @param siteName            where the media were sanitized
 * @param lines               one line per medium
 * @param devicesWithoutMedia ids of devices that hold no storage medium
 * @param signature           the signature block, or null before signing
 */
public record ErasureAttestation(int schemaVersion, String documentType, String id, Instant issuedAt,
                                 LocalDate issuedOn, String agreementId, Party donor, String recipientName,
                                 LocalDate collectedOn, LocalDate deadline, boolean withinDeadline, long daysLate,
                                 Person issuer, String siteName, List<AttestationLine> lines,
                                 List<String> devicesWithoutMedia, DocumentSignature signature)
        implements Signable<ErasureAttestation> {
    /** The {@code documentType} of attestations. */
    public static final String DOCUMENT_TYPE = "ERASURE_ATTESTATION";

    public ErasureAttestation {
        SchemaVersion.require(schemaVersion);
        Require.that(DOCUMENT_TYPE.equals(documentType), "documentType", "must be " + DOCUMENT_TYPE);
        Require.nonBlank(id, "id");
        Require.nonNull(issuedAt, "issuedAt");
        Require.nonNull(issuedOn, "issuedOn");
        Require.nonBlank(agreementId, "agreementId");
        Require.nonNull(donor, "donor");
        Require.nonBlank(recipientName, "recipientName");
        Require.nonNull(collectedOn, "collectedOn");
        Require.nonNull(deadline, "deadline");
        Require.that(!deadline.isBefore(collectedOn), "deadline", "cannot be before the collection");
        long late = Math.max(0, ChronoUnit.DAYS.between(deadline, issuedOn));
        Require.that(daysLate == late, "daysLate", "must be " + late);
        Require.that(withinDeadline == (late == 0), "withinDeadline", "must be " + (late == 0));
        Require.nonNull(issuer, "issuer");
        Require.nonBlank(siteName, "siteName");
        lines = Require.copy(lines, "lines");
        devicesWithoutMedia = Require.copy(devicesWithoutMedia, "devicesWithoutMedia");
    }

    @Override
    public ErasureAttestation withSignature(DocumentSignature signature) {
        return new ErasureAttestation(schemaVersion, documentType, id, issuedAt, issuedOn, agreementId, donor,
                recipientName, collectedOn, deadline, withinDeadline, daysLate, issuer, siteName, lines,
                devicesWithoutMedia, signature);
    }
}
