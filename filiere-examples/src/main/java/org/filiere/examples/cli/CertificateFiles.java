package org.filiere.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.filiere.FiliereException;
import org.filiere.cession.CessionAgreement;
import org.filiere.device.Device;
import org.filiere.device.StorageMedium;
import org.filiere.ledger.Ledger;
import org.filiere.ledger.LedgerEntry;
import org.filiere.reporting.certificate.CertificateRequest;
import org.filiere.reporting.certificate.DataBackedUp;
import org.filiere.reporting.certificate.Destination;
import org.filiere.reporting.certificate.MediaDestination;
import org.filiere.reporting.certificate.MediaInformation;
import org.filiere.reporting.certificate.Party;
import org.filiere.reporting.certificate.Person;
import org.filiere.reporting.certificate.SanitizationCertificate;
import org.filiere.reporting.certificate.SanitizationCertificates;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.reporting.render.CertificatePdf;
import org.filiere.reporting.render.Language;
import org.filiere.reporting.signature.DocumentSigner;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;

/**
 * Writes a signed sanitization certificate (JSON and PDF) for a record already in the journal, then journals
 * that it was issued. Used by {@code wipe} and {@code demo}. Stateless and thread-safe.
 */
final class CertificateFiles {
    private CertificateFiles() {
    }

    /**
     * Issues, signs and writes the certificate of {@code record} into {@code dir}, and appends
     * {@link LedgerEntry.CertificateIssued} to {@code ledger}.
     *
     * @param agreement the agreement the medium came with, or null
     * @param agreementId its id (when only the id is known), or null
     * @param device    the device the medium came in, or null
     * @param source    how the medium was reached when no device is known (its block device)
     * @return the JSON file written
     */
    static Path write(SanitizationRecord record, Level required, StorageMedium medium, CessionAgreement agreement,
                      String agreementId, Device device, String source, String siteName, DocumentSigner signer,
                      Ledger ledger, Path dir, Language lang, ZoneId zone, Clock clock) {
        boolean destroyed = record.technique().isDestructive();
        CertificateRequest request = new CertificateRequest(required, "NIST SP 800-88r1",
                agreement != null ? agreement.id() : agreementId,
                agreement == null ? null : Party.of(agreement.donor()), siteName, Person.named(record.operator()), null,
                new MediaInformation(null, medium.model(), medium.serialNumber(), null, medium.type(),
                        medium.capacityBytes(), null, device == null ? source
                        : device.identifier().orElse(source) + (device.model() == null ? "" : " — "
                        + (device.manufacturer() == null ? "" : device.manufacturer() + " ") + device.model()),
                        agreement == null ? null : agreement.confidentiality(), DataBackedUp.UNKNOWN, null),
                destroyed ? new Destination(MediaDestination.RECYCLING_FACILITY, null)
                        : new Destination(MediaDestination.EXTERNAL_REUSE,
                        agreement == null ? null : agreement.recipient().name()),
                null);
        return write(record, request, signer, ledger, dir, lang, zone, clock);
    }

    /**
     * Issues the certificate of {@code record} for {@code request}, signs it, writes it (JSON and PDF) into
     * {@code dir}, then appends {@link LedgerEntry.CertificateIssued} to {@code ledger}: recorded once written,
     * before it is reported, so the journal says which certificate exists where.
     *
     * @return the JSON file written
     */
    static Path write(SanitizationRecord record, CertificateRequest request, DocumentSigner signer, Ledger ledger,
                      Path dir, Language lang, ZoneId zone, Clock clock) {
        SanitizationCertificate cert = signer.sign(SanitizationCertificates.issue(record, request,
                clock.withZone(zone)));
        try {
            Files.createDirectories(dir);
            Path json = dir.resolve(cert.id() + ".json");
            Files.writeString(json, JsonDocuments.writePretty(cert), StandardCharsets.UTF_8);
            Files.write(dir.resolve(cert.id() + ".pdf"), CertificatePdf.render(cert, lang, zone));
            ledger.append(new LedgerEntry.CertificateIssued(cert.id(), record.mediumSerial(), cert.status(),
                    // Absolute, so that a rerun from another directory still finds the certificate.
                    json.toAbsolutePath().normalize().toString(), clock.instant()));
            return json;
        } catch (IOException e) {
            throw new FiliereException("cannot write certificate", e).with("dir", dir);
        }
    }
}
