package org.filiere.reporting.render;

import java.awt.Color;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.filiere.internal.Require;
import org.filiere.reporting.attestation.AttestationLine;
import org.filiere.reporting.attestation.ErasureAttestation;

/**
 * Renders an erasure attestation (one per donation agreement) as a PDF in French or English: the agreement,
 * donor and deadline, then a table of every device and medium with its level and certificate id.
 * Stateless and thread-safe.
 */
public final class AttestationPdf {
    private AttestationPdf() {
    }

    /** The PDF bytes of {@code a} in {@code lang}, times shown in {@code zone}. */
    public static byte[] render(ErasureAttestation a, Language lang, ZoneId zone) {
        Require.nonNull(a, "attestation");
        Require.nonNull(lang, "lang");
        Require.nonNull(zone, "zone");
        try (PdfLayout pdf = new PdfLayout(lang, lang.t("Attestation d'effacement ", "Erasure attestation ") + a.id(),
                a.agreementId())) {
            pdf.title(lang.t("Attestation d'effacement des données", "Data erasure attestation"));
            pdf.subtitle(a.id() + " · " + lang.t("émise le ", "issued on ") + a.issuedOn());
            pdf.banner(a.withinDeadline()
                    ? lang.t("Délivrée dans le délai (échéance " + a.deadline() + ")", "Issued within the deadline (due " + a.deadline() + ")")
                    : lang.t("Délivrée avec " + a.daysLate() + " jour(s) de retard (échéance " + a.deadline() + ")",
                    "Issued " + a.daysLate() + " day(s) late (due " + a.deadline() + ")"),
                    a.withinDeadline() ? new Color(0x1f, 0x7a, 0x4d) : new Color(0xc2, 0x7c, 0x0e));
            pdf.section(lang.t("Convention de cession", "Donation agreement"));
            pdf.field(lang.t("Convention", "Agreement"), a.agreementId());
            pdf.field(lang.t("Donateur", "Donor"), a.donor().name() + " (" + a.donor().kind()
                    + (a.donor().siret() == null ? "" : ", SIRET " + a.donor().siret()) + ")");
            pdf.field(lang.t("Bénéficiaire de la cession", "Recipient"), a.recipientName());
            pdf.field(lang.t("Date de collecte", "Collected on"), a.collectedOn().toString());
            pdf.field(lang.t("Échéance de l'attestation", "Attestation due"), a.deadline().toString());
            pdf.field(lang.t("Site d'effacement", "Sanitization site"), a.siteName());

            pdf.paragraph(lang.t("Nous attestons que tous les supports de stockage des appareils cédés au titre de "
                    + "cette convention ont été effacés au niveau requis, ou physiquement détruits, comme détaillé "
                    + "ci-dessous ; chaque ligne renvoie au certificat d'effacement du support.",
                    "We attest that every storage medium of the devices given under this agreement was sanitized "
                    + "to its required level, or physically destroyed, as listed below; each line refers to the "
                    + "medium's certificate of sanitization."));
            pdf.section(lang.t("Supports effacés (" + a.lines().size() + ")", "Sanitized media (" + a.lines().size() + ")"));
            List<List<String>> rows = new ArrayList<>();
            for (AttestationLine l : a.lines()) {
                rows.add(List.of(l.deviceId() + "\n" + l.device() + (l.deviceSerial() == null ? "" : "\nS/N " + l.deviceSerial()),
                        l.mediumSerial() + "\n" + l.mediaType(),
                        l.requiredLevel().name() + " → " + l.levelAchieved().name()
                                + (l.destroyed() ? lang.t("\n(détruit)", "\n(destroyed)") : ""),
                        l.technique().name() + "\n" + l.sanitizedAt().atZone(zone).toLocalDate(),
                        l.certificateId()));
            }
            pdf.table(List.of(lang.t("Appareil", "Device"), lang.t("Support", "Medium"),
                    lang.t("Niveau requis → atteint", "Level required → achieved"),
                    lang.t("Technique, date", "Technique, date"), lang.t("Certificat", "Certificate")), rows,
                    new float[] {0.22f, 0.2f, 0.18f, 0.22f, 0.18f});
            if (!a.devicesWithoutMedia().isEmpty()) {
                pdf.field(lang.t("Appareils sans support de stockage", "Devices without storage media"),
                        String.join(", ", a.devicesWithoutMedia()));
            }
            pdf.section(lang.t("Signature", "Signature"));
            pdf.field(lang.t("Émise par", "Issued by"), Texts.person(a.issuer()));
            pdf.field(lang.t("Signature électronique", "Digital signature"), a.signature() == null
                    ? lang.t("non signée", "unsigned") : "Ed25519 · " + a.signature().publicKeyFingerprint());
            return pdf.finish(a.id(), a.signature() == null ? null : a.signature().publicKeyFingerprint());
        }
    }
}
