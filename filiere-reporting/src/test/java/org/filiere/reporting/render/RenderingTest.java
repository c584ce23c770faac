package org.filiere.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.filiere.carbon.DonatedDevice;
import org.filiere.carbon.ImpactCalculator;
import org.filiere.carbon.Outcome;
import org.filiere.carbon.PartAdded;
import org.filiere.carbon.PartKind;
import org.filiere.device.DeviceCategory;
import org.filiere.reporting.attestation.AttestationOutcome;
import org.filiere.reporting.attestation.ErasureAttestation;
import org.filiere.reporting.attestation.ErasureAttestations;
import org.filiere.reporting.carbon.FactorSets;
import org.filiere.reporting.certificate.Person;
import org.filiere.reporting.certificate.SanitizationCertificate;
import org.filiere.reporting.certificate.SanitizationCertificates;
import org.filiere.reporting.impact.ImpactSheet;
import org.filiere.reporting.impact.ImpactSheets;
import org.filiere.reporting.impact.SheetScope;
import org.filiere.reporting.signature.DocumentSigner;
import org.filiere.reporting.signature.SigningKeys;
import org.filiere.reporting.testdata.Samples;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.junit.jupiter.api.Test;

/**
 * Renders every document in both languages, extracts the text with PDFBox and looks for what must be
 * there. The PDFs (and PNG pages when poppler's pdftoppm is installed) are left in
 * {@code target/rendered/} to be looked at.
 */
class RenderingTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-02T12:00:00Z"), PARIS);
    static final DocumentSigner SIGNER = new DocumentSigner(SigningKeys.generate());
    static final Path OUT = Path.of("target", "rendered");

    static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The text with every run of white space as one space (lines wrap where the layout decides). */
    static String flat(String t) {
        return t.replaceAll("\\s+", " ");
    }

    /** The text without white space, to find hashes and ids that the layout cut across lines. */
    static String dense(String t) {
        return t.replaceAll("\\s+", "");
    }

    static void keep(String name, byte[] pdf) throws Exception {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".pdf");
        Files.write(file, pdf);
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        if (Files.isExecutable(pdftoppm)) {
            Process p = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "70", file.toString(),
                    OUT.resolve(name).toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
    }

    static void assertFontsEmbedded(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (var page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    assertThat(f.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void aCertificatePdfShowsTheSerialLevelsDatesStatusAndFingerprintInBothLanguages() throws Exception {
        SanitizationRecord r = Samples.nwipeHdd("WD-WCC4N1234567");
        SanitizationCertificate c = SIGNER.sign(SanitizationCertificates.issue(r, Samples.request(r, Level.CLEAR), CLOCK));
        byte[] fr = CertificatePdf.render(c, Language.FR, PARIS);
        keep("certificate-fr", fr);
        String t = text(fr);
        assertThat(t).contains("Certificat d'effacement de support", "WD-WCC4N1234567", "EFFACÉ", "CLEAR",
                "2026-06-02 09:00:00 +02:00", "12:25:07", "03:25:07", "nwipe 0.33", "Western Digital",
                "Transalpine Logistique SAS", "CONV-2026-007", "Camille Martin", "Dominique Roux", "NIST SP 800-88r1",
                "ABSENT", "0 / 0 / 0", SIGNER.fingerprint(), "Page 1 / 2", "Page 2 / 2", c.id(), "Réemploi externe");
        // The hash wraps inside the value column; the label's second line ("l'outil") is extracted between.
        assertThat(dense(t).replace("l'outil", ""))
                .contains("3b1f0c9a4e6d2b8f7a5c1e0d9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a");
        assertFontsEmbedded(fr);
        byte[] en = CertificatePdf.render(c, Language.EN, PARIS);
        keep("certificate-en", en);
        assertThat(text(en)).contains("Certificate of Media Sanitization", "Status: ERASED", "Required level",
                "Media property number", "I attest that the information provided", "External reuse");
    }

    @Test
    void aCertificateWithExceptionsListsThem() throws Exception {
        SanitizationRecord r = Samples.hddHiddenUnknown("Z9Y8X7");
        SanitizationCertificate c = SanitizationCertificates.issue(r, Samples.request(r, Level.PURGE), CLOCK);
        byte[] fr = CertificatePdf.render(c, Language.FR, PARIS);
        keep("certificate-exceptions-fr", fr);
        assertThat(text(fr)).contains("EFFACÉ AVEC RÉSERVES", "Zones cachées (HPA/DCO) non vérifiées",
                "Niveau atteint inférieur au niveau requis", "PURGE", "Document non signé");
    }

    @Test
    void anAttestationPdfListsEveryMediumWithItsCertificateAndTheDeadline() throws Exception {
        var agreement = org.filiere.reporting.attestation.ErasureAttestationsTest.agreement();
        ErasureAttestation a = ((AttestationOutcome.Ready) ErasureAttestations.prepare(agreement,
                org.filiere.reporting.attestation.ErasureAttestationsTest.ledgerWithEverythingDone().state(),
                org.filiere.cession.AttestationPolicy.DEFAULT, new Person("Dominique Roux", "Coordinatrice",
                        "Environnement et Solidarité", "Gap", null), "E&S / La Miraille",
                Clock.fixed(LocalDate.of(2026, 9, 21).atStartOfDay(PARIS).toInstant(), PARIS))).attestation();
        a = SIGNER.sign(a);
        byte[] fr = AttestationPdf.render(a, Language.FR, PARIS);
        keep("attestation-fr", fr);
        String t = text(fr);
        assertThat(t).contains("Attestation d'effacement des données", "CONV-2026-007", "S4DXNF0M400001",
                "WD-WCC4N1234567", "USB-77", "12 jour(s) de retard", "2026-09-09", "2026-03-09", "PURGE", "DESTROY",
                "INV-0044", SIGNER.fingerprint(), "Page 1 / 1");
        for (var line : a.lines()) {
            assertThat(dense(t)).contains(line.certificateId());
        }
        assertFontsEmbedded(fr);
        byte[] en = AttestationPdf.render(a, Language.EN, PARIS);
        keep("attestation-en", en);
        assertThat(text(en)).contains("Data erasure attestation", "Issued 12 day(s) late", "(destroyed)");
    }

    static ImpactSheet sheet() {
        List<DonatedDevice> devices = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            devices.add(new DonatedDevice(DeviceCategory.LAPTOP, i < 10 ? Outcome.REUSED : Outcome.RECYCLED, 85, null,
                    i % 3 == 0 ? List.of(new PartAdded(PartKind.SSD, 1)) : List.of(), null, "transalpine",
                    "CONV-2026-007", "miraille", LocalDate.of(2026, 6, 2)));
        }
        for (int i = 0; i < 5; i++) {
            devices.add(new DonatedDevice(DeviceCategory.DESKTOP, Outcome.REUSED, 85, null, List.of(), null,
                    "transalpine", "CONV-2026-007", "miraille", LocalDate.of(2026, 6, 2)));
        }
        devices.add(new DonatedDevice(DeviceCategory.SCREEN, Outcome.REUSED, 85, null, List.of(), null, "transalpine",
                "CONV-2026-007", "miraille", LocalDate.of(2026, 6, 2)));
        devices.add(new DonatedDevice(DeviceCategory.SMARTPHONE, Outcome.DESTROYED, 0, null, List.of(), null,
                "autre", "CONV-2026-009", "miraille", LocalDate.of(2026, 6, 2)));
        return ImpactSheets.build(devices, SheetScope.donor("transalpine"),
                ImpactCalculator.withDefaults(FactorSets.defaultSet()), "Environnement et Solidarité", CLOCK);
    }

    @Test
    void anImpactSheetPdfShowsFiguresChartMethodAndEveryCaveat() throws Exception {
        ImpactSheet s = SIGNER.sign(sheet());
        assertThat(s.totals().deviceCount()).as("only the donor's devices").isEqualTo(18);
        byte[] fr = ImpactSheetPdf.render(s, Language.FR, PARIS);
        keep("impact-fr", fr);
        String t = flat(text(fr));
        assertThat(t).contains("CO₂", "Contribution aux émissions évitées", "LAPTOP", "DESKTOP", "SCREEN",
                "ademe-impactco2-2024", "Taux de substitution S", "fourchette", "DEEE évités",
                "Émissions évitées par catégorie", SIGNER.fingerprint(), "Page 1 / ");
        for (var c : s.caveats()) {
            assertThat(t.replaceAll("\\s+", " ")).contains(c.text().fr().substring(0, 40).replaceAll("\\s+", " "));
        }
        assertThat(t).doesNotContainIgnoringCase("votre réduction");
        assertFontsEmbedded(fr);
        byte[] en = ImpactSheetPdf.render(s, Language.EN, PARIS);
        keep("impact-en", en);
        String te = text(en).replaceAll("\\s+", " ");
        assertThat(te).contains("Contribution to avoided emissions", "not a reduction of your emissions");
    }

    @Test
    void csvExportsFollowRfc4180InBothDialects() {
        SanitizationRecord r = Samples.nwipeHdd("WD-WCC4N1234567");
        SanitizationCertificate c = SanitizationCertificates.issue(r, Samples.request(r, Level.CLEAR), CLOCK);
        String csv = CsvExports.certificates(List.of(c), Csv.RFC4180);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("certificateId,status,issues,agreementId");
        assertThat(lines[1]).contains(c.id() + ",ERASED,,CONV-2026-007,Transalpine Logistique SAS")
                .contains("\"HP EliteBook 840 G5 (5CG8401ABC)\"".replace("\"", ""));
        String fr = CsvExports.impact(sheet(), Csv.FRENCH);
        assertThat(fr.split("\r\n")[0]).startsWith("sheetId;category;count;");
        assertThat(fr).contains(";LAPTOP;12;10;2;0;").contains(";TOTAL;18;").containsPattern(";\\d+,\\d;");
        assertThat(Csv.RFC4180.write(List.of("a", "b"), List.of(List.of("x,y", "say \"hi\"\nbye"))))
                .isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\nbye\"\r\n");
    }
}
