package org.filiere.reporting.render;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.filiere.carbon.Caveat;
import org.filiere.carbon.ImpactTotals;
import org.filiere.internal.Require;
import org.filiere.reporting.impact.CategoryLine;
import org.filiere.reporting.impact.ImpactSheet;

/**
 * Renders an impact sheet as a PDF in French or English: headline figures with their range, a bar chart of
 * avoided emissions by category, the table of devices by category and outcome, the method, substitution
 * rate and factor set with its sources, and every mandatory caveat. Stateless and thread-safe.
 */
public final class ImpactSheetPdf {
    private ImpactSheetPdf() {
    }

    /** The PDF bytes of {@code s} in {@code lang}. */
    public static byte[] render(ImpactSheet s, Language lang, ZoneId zone) {
        Require.nonNull(s, "sheet");
        Require.nonNull(lang, "lang");
        Require.nonNull(zone, "zone");
        ImpactTotals t = s.totals();
        try (PdfLayout pdf = new PdfLayout(lang, lang.t(s.title().fr(), s.title().en()) + " " + s.id(), s.id())) {
            pdf.title(lang.t("Fiche d'impact CO₂ / réemploi — ", "CO₂ / reuse impact sheet — ")
                    + lang.t(s.title().fr(), s.title().en()));
            pdf.subtitle(s.id() + " · " + lang.t("émise le ", "issued ") + Texts.instant(s.issuedAt(), zone)
                    + " · " + s.issuer());
            pdf.field(lang.t("Périmètre", "Scope"), scope(s, lang));
            pdf.section(lang.t("Résultats", "Results"));
            pdf.field(lang.t("Appareils", "Devices"), t.deviceCount() + lang.t(" dont ", ", of which ")
                    + t.reusedCount() + lang.t(" réemployés, ", " reused, ") + t.recycledCount()
                    + lang.t(" recyclés, ", " recycled, ") + t.destroyedCount() + lang.t(" détruits", " destroyed"));
            pdf.field(lang.t("Contribution aux émissions évitées", "Contribution to avoided emissions"),
                    kg(t.avoidedKgCO2e(), lang) + " CO₂e  (" + lang.t("fourchette ", "range ")
                            + kg(t.avoidedKgCO2eLow(), lang) + " – " + kg(t.avoidedKgCO2eHigh(), lang) + ")");
            pdf.field(lang.t("Émissions du reconditionnement (incluses)", "Refurbishment emissions (included)"),
                    kg(t.refurbishmentKgCO2e(), lang) + " CO₂e");
            pdf.field(lang.t("DEEE évités (masse réemployée)", "E-waste avoided (mass reused)"), kg(t.eWasteAvoidedKg(), lang));
            pdf.field(lang.t("Masse orientée vers le recyclage", "Mass routed to recycling"), kg(t.eWasteRoutedKg(), lang));
            List<PdfLayout.Bar> bars = new ArrayList<>();
            for (CategoryLine l : s.byCategory()) {
                bars.add(new PdfLayout.Bar(l.category().name(), l.avoidedKgCO2e(), kg(l.avoidedKgCO2e(), lang) + " CO₂e"));
            }
            if (!bars.isEmpty()) {
                pdf.space(4);
                pdf.barChart(lang.t("Émissions évitées par catégorie (kg CO₂e)", "Avoided emissions by category (kg CO₂e)"), bars);
            }
            List<List<String>> rows = new ArrayList<>();
            for (CategoryLine l : s.byCategory()) {
                rows.add(List.of(l.category().name(), String.valueOf(l.count()), String.valueOf(l.reused()),
                        String.valueOf(l.recycled()), String.valueOf(l.destroyed()),
                        Texts.number(l.avoidedKgCO2e(), 1, lang) + "\n(" + Texts.number(l.avoidedKgCO2eLow(), 1, lang)
                                + " – " + Texts.number(l.avoidedKgCO2eHigh(), 1, lang) + ")",
                        Texts.number(l.eWasteAvoidedKg(), 1, lang)));
            }
            pdf.table(List.of(lang.t("Catégorie", "Category"), lang.t("Nombre", "Count"),
                    lang.t("Réemployés", "Reused"), lang.t("Recyclés", "Recycled"), lang.t("Détruits", "Destroyed"),
                    lang.t("kg CO₂e évités (fourchette)", "kg CO₂e avoided (range)"), lang.t("DEEE évités (kg)", "E-waste avoided (kg)")),
                    rows, new float[] {0.12f, 0.10f, 0.14f, 0.12f, 0.11f, 0.24f, 0.17f});
            pdf.section(lang.t("Méthode et facteurs", "Method and factors"));
            pdf.field(lang.t("Méthode", "Method"), s.method());
            pdf.field(lang.t("Taux de substitution S", "Substitution rate S"), Texts.number(s.substitutionRate(), 2, lang));
            pdf.field(lang.t("Jeu de facteurs", "Factor set"), s.factorSet() + " (" + s.factorSetVersion() + ")");
            pdf.field(lang.t("Sources", "Sources"), String.join("\n", s.factorSources()));
            pdf.section(lang.t("Avertissements (obligatoires)", "Caveats (mandatory)"));
            for (Caveat c : s.caveats()) {
                pdf.paragraph("• " + lang.t(c.text().fr(), c.text().en()), 8.5f, java.awt.Color.BLACK);
            }
            return pdf.finish(s.id(), s.signature() == null ? null : s.signature().publicKeyFingerprint());
        }
    }

    private static String scope(ImpactSheet s, Language lang) {
        return switch (s.scope().kind()) {
            case DONOR -> lang.t("Donateur ", "Donor ") + s.scope().value();
            case AGREEMENT -> lang.t("Convention ", "Agreement ") + s.scope().value();
            case PERIOD -> lang.t("Période du ", "Period from ") + s.scope().from() + lang.t(" au ", " to ") + s.scope().to();
            case ALL -> lang.t("Tous les appareils", "All devices");
        };
    }

    private static String kg(double v, Language lang) {
        return v >= 1000 ? Texts.number(v / 1000, 2, lang) + " t" : Texts.number(v, 1, lang) + " kg";
    }
}
