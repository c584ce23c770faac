package org.filiere.reporting.render;

import java.awt.Color;
import java.time.ZoneId;
import org.filiere.internal.Require;
import org.filiere.reporting.certificate.CertificateIssue;
import org.filiere.reporting.certificate.SanitizationCertificate;
import org.filiere.sanitization.CertificateStatus;
import org.filiere.sanitization.SanitizationRecord;

/**
 * Renders a sanitization certificate as a PDF laid out after NIST SP 800-88 Rev. 1 Appendix G (person
 * performing the sanitization, media information, sanitization details, destination, attestation and
 * validation) with nwipe's run figures, in French or English. Stateless and thread-safe.
 *
 * <pre>{@code
 * Files.write(Path.of(cert.id() + ".pdf"), CertificatePdf.render(signed, Language.FR, ZoneId.of("Europe/Paris")));
 * }</pre>
 */
public final class CertificatePdf {
    private CertificatePdf() {
    }

    /** The PDF bytes of {@code c} (signed or not) in {@code lang}, times shown in {@code zone}. */
    public static byte[] render(SanitizationCertificate c, Language lang, ZoneId zone) {
        Require.nonNull(c, "certificate");
        Require.nonNull(lang, "lang");
        Require.nonNull(zone, "zone");
        SanitizationRecord r = c.record();
        try (PdfLayout pdf = new PdfLayout(lang, lang.t("Certificat d'effacement ", "Certificate of sanitization ")
                + c.id(), c.media().serialNumber())) {
            pdf.title(lang.t("Certificat d'effacement de support", "Certificate of Media Sanitization"));
            pdf.subtitle(c.id() + " · " + lang.t("émis le ", "issued ") + Texts.instant(c.issuedAt(), zone) + " · "
                    + lang.t("référence : ", "standard: ") + c.standardReference());
            Color color = c.status() == CertificateStatus.ERASED ? new Color(0x1f, 0x7a, 0x4d)
                    : c.status() == CertificateStatus.ERASED_WITH_EXCEPTIONS ? new Color(0xc2, 0x7c, 0x0e)
                    : new Color(0xb0, 0x2a, 0x2a);
            pdf.banner(lang.t("Statut : ", "Status: ") + Texts.status(c.status(), lang) + "  (" + c.status().name()
                    + ")", color);
            for (CertificateIssue issue : c.issues()) {
                pdf.paragraph("• " + lang.t(issue.fr(), issue.en()) + " [" + issue.name() + "]");
            }

            pdf.section(lang.t("Convention et donateur", "Agreement and donor"));
            pdf.field(lang.t("Convention de cession", "Donation agreement"), c.agreementId());
            pdf.field(lang.t("Donateur", "Donor"), c.donor() == null ? null
                    : c.donor().name() + " (" + c.donor().kind() + (c.donor().siret() == null ? "" : ", SIRET "
                    + c.donor().siret()) + ")");
            pdf.field(lang.t("Site", "Site"), c.siteName() + " [" + r.siteId() + "]");

            pdf.section(lang.t("1. Personne ayant effectué l'effacement", "1. Person performing sanitization"));
            pdf.field(lang.t("Nom · fonction · organisme · lieu · téléphone", "Name · title · organization · location · phone"),
                    Texts.person(c.operator()));

            pdf.section(lang.t("2. Informations sur le support", "2. Media information"));
            pdf.field(lang.t("Fabricant", "Make / vendor"), c.media().manufacturer());
            pdf.field(lang.t("Modèle", "Model number"), c.media().model());
            pdf.field(lang.t("Numéro de série", "Serial number"), c.media().serialNumber());
            pdf.field(lang.t("N° d'inventaire du support", "Media property number"), c.media().propertyNumber());
            pdf.field(lang.t("Type de support", "Media type"), c.media().mediaType().name());
            pdf.field(lang.t("Taille (apparente)", "Size (apparent)"), Texts.bytes(c.media().capacityBytes(), lang));
            pdf.field(lang.t("Taille (réelle)", "Size (real)"), c.media().realCapacityBytes() == null
                    ? lang.t("identique ou inconnue", "same or unknown") : Texts.bytes(c.media().realCapacityBytes(), lang));
            pdf.field(lang.t("Provenance (appareil)", "Source (device)"), c.media().source());
            pdf.field(lang.t("Confidentialité avant effacement", "Pre-sanitization classification"),
                    Texts.orDash(c.media().classification()));
            pdf.field(lang.t("Données sauvegardées", "Data backed up"), Texts.backedUp(c.media().dataBackedUp(), lang)
                    + (c.media().backupLocation() == null ? "" : " — " + c.media().backupLocation()));

            pdf.section(lang.t("3. Détails de l'effacement", "3. Sanitization details"));
            pdf.field(lang.t("Niveau requis", "Required level"), Texts.level(c.requiredLevel(), lang));
            pdf.field(lang.t("Niveau atteint", "Level achieved"), Texts.level(c.levelAchieved(), lang));
            pdf.field(lang.t("Technique", "Method used"), r.technique().name());
            pdf.field(lang.t("Paramètres", "Method details"), Texts.parameters(r.parameters(), lang));
            pdf.field(lang.t("Outil et version", "Tool used (version)"), r.tool().name() + " " + r.tool().version());
            pdf.field(lang.t("Début", "Start time"), Texts.instant(r.startedAt(), zone));
            pdf.field(lang.t("Fin", "End time"), Texts.instant(r.endedAt(), zone));
            pdf.field(lang.t("Durée", "Duration"), Texts.duration(c.durationSeconds()));
            pdf.field(lang.t("Résultat de l'outil", "Tool result"), Texts.result(r.result(), lang));
            pdf.field(lang.t("Octets effacés", "Bytes erased"), Texts.bytes(r.bytesErased(), lang));
            pdf.field(lang.t("Débit", "Throughput"), c.throughputBytesPerSecond() == null ? lang.t("non mesuré", "not measured")
                    : Texts.bytes(c.throughputBytesPerSecond(), lang).replaceFirst(" \\(.*", "") + "/s");
            pdf.field(lang.t("Erreurs (passe / vérif. / sync)", "Errors (pass / verify / sync)"),
                    r.errors().pass() + " / " + r.errors().verification() + " / " + r.errors().sync());
            pdf.field("HPA/DCO", Texts.hidden(r.hiddenAreas(), lang));
            pdf.field(lang.t("Méthode de vérification", "Verification method"),
                    Texts.verificationMode(r.verification().mode(), lang));
            pdf.field(lang.t("Résultat de la vérification", "Verification result"),
                    (r.verification().passed() ? lang.t("RÉUSSIE", "PASSED") : lang.t("NON RÉUSSIE", "NOT PASSED"))
                            + (r.verification().errors() > 0 ? " (" + r.verification().errors()
                            + lang.t(" erreurs)", " errors)") : "")
                            + (r.verification().detail().isBlank() ? "" : " — " + r.verification().detail()));
            pdf.field(lang.t("SHA-256 du journal brut de l'outil", "SHA-256 of the tool's raw log"),
                    r.rawLogSha256() == null ? lang.t("aucun journal", "no log") : r.rawLogSha256());
            pdf.field(lang.t("Notes", "Notes"), c.notes());

            pdf.section(lang.t("4. Destination du support", "4. Media destination"));
            pdf.field(lang.t("Destination", "Destination"), Texts.destination(c.destination().kind(), lang)
                    + (c.destination().details() == null ? "" : " — " + c.destination().details()));

            pdf.section(lang.t("5. Attestation", "5. Signature"));
            pdf.paragraph(lang.t("J'atteste que les informations de ce certificat sont exactes à ma connaissance.",
                    "I attest that the information provided on this statement is accurate to the best of my knowledge."));
            pdf.field(lang.t("Opérateur", "Operator"), c.operator().name());
            pdf.field(lang.t("Signature électronique", "Digital signature"), c.signature() == null
                    ? lang.t("non signé", "unsigned")
                    : "Ed25519 · " + c.signature().publicKeyFingerprint());

            pdf.section(lang.t("6. Validation", "6. Validation"));
            pdf.field(lang.t("Validé par", "Validated by"), Texts.person(c.validator()));
            return pdf.finish(c.id(), c.signature() == null ? null : c.signature().publicKeyFingerprint());
        }
    }
}
