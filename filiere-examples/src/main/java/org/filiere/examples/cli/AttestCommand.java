package org.filiere.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filiere.FiliereException;
import org.filiere.cession.AttestationPolicy;
import org.filiere.cession.CessionAgreement;
import org.filiere.device.Device;
import org.filiere.device.StorageMedium;
import org.filiere.ledger.LedgerEntry;
import org.filiere.ledger.LedgerState;
import org.filiere.reporting.attestation.AttestationAgreement;
import org.filiere.reporting.attestation.AttestationLine;
import org.filiere.reporting.attestation.AttestationOutcome;
import org.filiere.reporting.attestation.ErasureAttestation;
import org.filiere.reporting.attestation.ErasureAttestations;
import org.filiere.reporting.attestation.MissingMedium;
import org.filiere.reporting.certificate.CertificateRequest;
import org.filiere.reporting.certificate.DataBackedUp;
import org.filiere.reporting.certificate.Destination;
import org.filiere.reporting.certificate.MediaDestination;
import org.filiere.reporting.certificate.MediaInformation;
import org.filiere.reporting.certificate.Party;
import org.filiere.reporting.certificate.Person;
import org.filiere.reporting.document.AgreementCheck;
import org.filiere.reporting.document.AgreementDocuments;
import org.filiere.reporting.journal.Journal;
import org.filiere.reporting.journal.JournalCheck;
import org.filiere.reporting.journal.JournalContents;
import org.filiere.reporting.json.DocumentException;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.reporting.render.AttestationPdf;
import org.filiere.reporting.render.Language;
import org.filiere.reporting.signature.DocumentSigner;
import org.filiere.sanitization.DefaultSanitizationPolicy;
import org.filiere.sanitization.LevelRequirement;
import org.filiere.sanitization.SanitizationRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code filiere attest --agreement ID --journal FILE --out DIR}: issues the signed erasure attestation of
 * the agreement registered in the journal under {@code ID} (or read from {@code --agreement-file FILE}), JSON
 * and PDF, with the signed certificate of each medium, when every medium meets its level or was destroyed, and
 * records each certificate and the attestation in the journal; otherwise exits 1 listing the missing media (or
 * the agreements the journal knows) and writes nothing. Not thread-safe: one instance per invocation.
 */
@Command(name = "attest", mixinStandardHelpOptions = true,
        description = {"Délivre l'attestation d'effacement d'une convention (et les certificats de ses supports).",
            "Issues the erasure attestation of an agreement (and its media's certificates).",
            "Exit: 0 issued, 1 media missing (listed), agreement not in the journal or journal tampered, 2 unreadable input."})
final class AttestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the agreement comes from: the journal (by id, the contract's form) or a document. */
    static final class Source {
        @Option(names = "--agreement", paramLabel = "ID",
                description = "The agreement's id, as registered in the journal ('journal add-agreement').")
        String id;

        @Option(names = "--agreement-file", paramLabel = "FILE",
                description = "Or: the agreement document (JSON, as for 'agreement check') when it is not in the journal.")
        Path file;
    }

    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "The station journal.")
    Path journalFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--key", paramLabel = "FILE",
            description = "Signing key (PEM PKCS#8); default DIR/keys/signing-key.pem, created when missing.")
    Path key;

    @Option(names = "--issuer", defaultValue = "Environnement et Solidarité", description = "Who issues (default: ${DEFAULT-VALUE}).")
    String issuer;

    @Option(names = "--site", defaultValue = "E&S / La Miraille", description = "Sanitization site name (default: ${DEFAULT-VALUE}).")
    String site;

    @Option(names = "--deadline-months", defaultValue = "6", description = "Attestation deadline in months after collection (default: ${DEFAULT-VALUE}).")
    int deadlineMonths;

    @Option(names = "--zone", defaultValue = "Europe/Paris", description = "Time zone of dates on documents (default: ${DEFAULT-VALUE}).")
    String zone;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lang l = common.lang;
        ZoneId zoneId = ZoneId.of(zone);
        Clock zoned = clock.withZone(zoneId);
        JournalContents journal = Journal.read(journalFile);
        if (journal.check().status() == JournalCheck.Status.TAMPERED) {
            err.println(l.t("Journal altéré, entrée ", "Journal tampered, entry ") + journal.check().firstBadLine()
                    + " : " + journal.check().reason());
            err.flush();
            return ExitCodes.PROBLEM;
        }
        if (journal.check().status() == JournalCheck.Status.TORN_TAIL) {
            err.println(l.t("Attention : dernière entrée du journal incomplète, ignorée (entrée ",
                    "Warning: last journal entry incomplete, ignored (entry ") + journal.check().firstBadLine() + ")");
        }
        LedgerState readState = journal.state();
        CessionAgreement agreement;
        if (source.file != null) {
            agreement = fromFile(source.file, l);
        } else if (readState.agreement(source.id).isPresent()) {
            agreement = readState.agreement(source.id).get();
        } else if (Files.isRegularFile(Path.of(source.id))) {
            // Before agreements were journalled, --agreement took the document: still honoured, with a nudge.
            err.println(l.t("Attention : --agreement FICHIER est obsolète ; utilisez --agreement-file, ou enregistrez "
                            + "la convention avec 'journal add-agreement' et donnez son identifiant.",
                    "Warning: --agreement FILE is deprecated; use --agreement-file, or register the agreement with "
                            + "'journal add-agreement' and give its id."));
            err.flush();
            agreement = fromFile(Path.of(source.id), l);
        } else {
            return notInJournal(w, l, readState);
        }
        AttestationAgreement view = AttestationAgreement.from(agreement, DefaultSanitizationPolicy.STANDARD);
        AttestationOutcome outcome = prepare(view, readState, zoned);
        if (outcome instanceof AttestationOutcome.Refused refused) {
            return refused(w, l, refused);
        }
        // Ready: open the journal for appending (exclusive lock) and decide again on what it holds now, so that
        // what is issued and what is recorded come from the same state.
        try (Journal ledger = Journal.open(journalFile, zoned)) {
            LedgerState state = ledger.state();
            outcome = prepare(view, state, zoned);
            if (outcome instanceof AttestationOutcome.Refused refused) {
                return refused(w, l, refused);
            }
            return issue(w, err, l, zoneId, zoned, agreement, state, ledger,
                    ((AttestationOutcome.Ready) outcome).attestation());
        }
    }

    private AttestationOutcome prepare(AttestationAgreement view, LedgerState state, Clock zoned) {
        return ErasureAttestations.prepare(view, state, new AttestationPolicy(deadlineMonths), Person.named(issuer),
                site, zoned);
    }

    private CessionAgreement fromFile(Path file, Lang l) {
        if (!Files.isRegularFile(file)) {
            throw new DocumentException("agreement file not found", file.toString(), -1, -1, null, null);
        }
        AgreementCheck check = AgreementDocuments.check(file, new AttestationPolicy(deadlineMonths),
                l == Lang.EN ? java.util.Locale.ENGLISH : java.util.Locale.FRENCH);
        return check.agreementIfMapped().orElseThrow(() -> new FiliereException(
                "agreement cannot be mapped: " + check.violations()).with("file", file));
    }

    private int notInJournal(PrintWriter w, Lang l, LedgerState state) {
        List<String> known = List.copyOf(state.agreements().keySet());
        if (common.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("issued", false);
            m.put("agreementId", source.id);
            m.put("reason", "AGREEMENT_NOT_IN_JOURNAL");
            m.put("knownAgreements", known);
            CommonOptions.printJson(w, m);
        } else {
            w.println(l.t("Convention " + source.id + " absente du journal " + journalFile
                            + " (enregistrez-la avec 'filiere journal add-agreement FICHIER --journal " + journalFile + "')",
                    "Agreement " + source.id + " is not in journal " + journalFile
                            + " (register it with 'filiere journal add-agreement FILE --journal " + journalFile + "')"));
            w.println(l.t("Conventions du journal : ", "Agreements in the journal: ")
                    + (known.isEmpty() ? l.t("aucune", "none") : String.join(", ", known)));
            w.flush();
        }
        return ExitCodes.PROBLEM;
    }

    private int refused(PrintWriter w, Lang l, AttestationOutcome.Refused refused) {
        if (common.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("issued", false);
            m.put("agreementId", refused.agreementId());
            m.put("missing", refused.missing());
            CommonOptions.printJson(w, m);
        } else {
            w.println(l.t("Attestation refusée pour ", "Attestation refused for ") + refused.agreementId() + " : "
                    + refused.missing().size() + l.t(" support(s) manquant(s)", " medium/media missing"));
            for (MissingMedium m : refused.missing()) {
                w.println("  - " + m.deviceId() + " / " + m.mediumSerial() + " [" + m.requiredLevel() + "] "
                        + m.reason() + (m.detail().isEmpty() ? "" : " : " + m.detail()));
            }
            w.flush();
        }
        return ExitCodes.PROBLEM;
    }

    private int issue(PrintWriter w, PrintWriter err, Lang l, ZoneId zoneId, Clock zoned, CessionAgreement agreement,
                      LedgerState state, Journal ledger, ErasureAttestation attestation) throws IOException {
        DocumentSigner signer = Signers.resolve(key, out, err, l);
        Language lang = l.language();
        Path certDir = out.resolve("certificates");
        Files.createDirectories(certDir);
        List<String> written = new ArrayList<>();
        for (AttestationLine line : attestation.lines()) {
            SanitizationRecord r = state.latestRecord(line.mediumSerial()).orElseThrow();
            Device device = agreement.devices().stream().filter(d -> d.medium(line.mediumSerial()).isPresent())
                    .findFirst().orElseThrow();
            StorageMedium medium = device.medium(line.mediumSerial()).orElseThrow();
            LevelRequirement req = DefaultSanitizationPolicy.STANDARD.requiredLevel(agreement.donor().kind(),
                    agreement.confidentiality(), medium.type());
            CertificateRequest request = new CertificateRequest(req.level(), req.reference().citation(),
                    agreement.id(), Party.of(agreement.donor()), site, Person.named(r.operator()), null,
                    new MediaInformation(null, medium.model(), medium.serialNumber(), null, medium.type(),
                            medium.capacityBytes(), null, line.device() + (device.serialNumber() == null ? ""
                            : " (" + device.serialNumber() + ")"), agreement.confidentiality(), DataBackedUp.UNKNOWN,
                            null),
                    line.destroyed() ? new Destination(MediaDestination.RECYCLING_FACILITY, null)
                            : new Destination(MediaDestination.EXTERNAL_REUSE, agreement.recipient().name()),
                    null);
            written.add(CertificateFiles.write(r, request, signer, ledger, certDir, lang, zoneId, zoned).toString());
        }
        ErasureAttestation signed = signer.sign(attestation);
        Path json = out.resolve(signed.id() + ".json");
        Files.writeString(json, JsonDocuments.writePretty(signed), StandardCharsets.UTF_8);
        Path pdf = out.resolve(signed.id() + ".pdf");
        Files.write(pdf, AttestationPdf.render(signed, lang, zoneId));
        ledger.append(new LedgerEntry.AttestationIssued(signed.id(), agreement.id(), json.toString(), zoned.instant()));
        if (common.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("issued", true);
            m.put("attestation", json.toString());
            m.put("pdf", pdf.toString());
            m.put("certificates", written);
            m.put("withinDeadline", signed.withinDeadline());
            m.put("daysLate", signed.daysLate());
            m.put("fingerprint", signer.fingerprint());
            CommonOptions.printJson(w, m);
        } else {
            w.println(l.t("Attestation délivrée : ", "Attestation issued: ") + json + " (" + pdf + ")");
            w.println(signed.withinDeadline() ? l.t("Dans le délai (échéance ", "Within the deadline (due ") + signed.deadline() + ")"
                    : l.t("En retard de ", "Late by ") + signed.daysLate() + l.t(" jour(s)", " day(s)"));
            w.println(l.t("Certificats : ", "Certificates: ") + written.size() + " — " + l.t("clé ", "key ") + signer.fingerprint());
            w.flush();
        }
        return ExitCodes.OK;
    }
}
