package org.filiere.carbon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;

/**
 * The wording and caveats an impact sheet must carry with its figures (reference §5), as data that a renderer
 * (PDF, CSV, CLI) prints without rewording: the title "contribution to avoided emissions", the rule that it is
 * reported separately from and never deducted from scope 1/2/3 inventories (GHG Protocol, ESRS E1), that it is
 * never a reduction of the donor's inventory, the substitution rate, method and factor set used with their
 * sources. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImpactDisclosure d = ImpactDisclosure.of(set, report);
 * d.caveats().forEach(c -> out.println(c.text().in(Locale.FRENCH)));
 * }</pre>
 *
 * @param title   the heading under which the figures are shown
 * @param caveats the statements, in the order a sheet should print them
 */
public record ImpactDisclosure(LocalizedText title, List<Caveat> caveats) {
    /** The title every sheet uses. */
    public static final LocalizedText TITLE = new LocalizedText(
            "Contribution aux émissions évitées",
            "Contribution to avoided emissions");

    public ImpactDisclosure {
        Require.nonNull(title, "title");
        caveats = Require.copy(caveats, "caveats");
    }

    /** The disclosure for a report computed with {@code set}. */
    public static ImpactDisclosure of(FactorSet set, ImpactReport report) {
        Require.nonNull(set, "set");
        Require.nonNull(report, "report");
        List<Caveat> c = new ArrayList<>();
        c.add(new Caveat(Caveat.WORDING, new LocalizedText(
                "Ces chiffres sont une contribution aux émissions évitées, et non une réduction de vos émissions.",
                "These figures are a contribution to avoided emissions, not a reduction of your emissions.")));
        c.add(new Caveat(Caveat.NOT_DEDUCTED, new LocalizedText(
                "Les émissions évitées se déclarent séparément et ne se déduisent jamais des scopes 1, 2 ou 3 "
                        + "ni d'un objectif de réduction (GHG Protocol ; ESRS E1 §34(b) : les objectifs sont bruts).",
                "Avoided emissions are reported separately and are never deducted from scope 1, 2 or 3 "
                        + "inventories or from a reduction target (GHG Protocol; ESRS E1 §34(b): targets are gross).")));
        c.add(new Caveat(Caveat.NOT_INVENTORY_REDUCTION, new LocalizedText(
                "Le don ne réduit pas le bilan GES du donateur : la fabrication de l'équipement reste comptée "
                        + "(GHG Protocol scope 3 catégorie 2 ; BEGES).",
                "The donation does not reduce the donor's GHG inventory: the equipment's manufacture stays counted "
                        + "(GHG Protocol scope 3 category 2; French BEGES).")));
        c.add(new Caveat(Caveat.SHARED, new LocalizedText(
                "Contribution partagée : le donateur, la filière et le bénéficiaire peuvent chacun la citer "
                        + "(WBCSD, Guidance on Avoided Emissions, 2023) ; elle ne s'additionne pas entre eux.",
                "Shared contribution: the donor, the network and the beneficiary may each cite it "
                        + "(WBCSD Guidance on Avoided Emissions, 2023); it does not add up across them.")));
        String s = formatRate(report.substitutionRate());
        c.add(new Caveat(Caveat.SUBSTITUTION, new LocalizedText(
                "Taux de substitution S = " + s.replace('.', ',') + " : part des équipements réemployés qui évitent réellement "
                        + "l'achat d'un équipement neuf (hypothèse ; aucune étude française ne le mesure pour le "
                        + "réemploi solidaire ; effet rebond moyen de 29 %, Makov & Font Vivanco 2018).",
                "Substitution rate S = " + s + ": share of reused devices that really avoid buying a new one "
                        + "(an assumption; no French study measures it for solidarity reuse; average rebound 29 %, "
                        + "Makov & Font Vivanco 2018).")));
        c.add(new Caveat(Caveat.METHOD, methodText(report.method())));
        String sources = String.join(" ; ", set.sources());
        c.add(new Caveat(Caveat.FACTOR_SET, new LocalizedText(
                "Jeu de facteurs « " + set.id() + " » version " + set.version() + " (" + set.year() + ") ; sources : "
                        + sources,
                "Factor set \"" + set.id() + "\" version " + set.version() + " (" + set.year() + "); sources: "
                        + sources)));
        c.add(new Caveat(Caveat.RANGE, new LocalizedText(
                "La fourchette basse–haute reflète l'incertitude de chaque facteur (faible ±15 %, moyenne ±30 %, "
                        + "forte ±50 %) ; S et la méthode sont des hypothèses affichées, hors fourchette.",
                "The low–high range reflects each factor's uncertainty (low ±15 %, medium ±30 %, high ±50 %); "
                        + "S and the method are stated assumptions, outside the range.")));
        c.add(new Caveat(Caveat.E_WASTE, new LocalizedText(
                "DEEE évités = masse des équipements réemployés. Remis avant d'être devenus des déchets, ils relèvent "
                        + "de la prévention (réemploi, C. env. L541-1-1) et non de la « préparation en vue de la "
                        + "réutilisation » (ESRS E5-5) ; les équipements recyclés sont comptés à part.",
                "E-waste avoided = mass of the reused devices. Handed over before becoming waste, they are waste "
                        + "prevention (French \"réemploi\", C. env. L541-1-1), not \"preparation for reuse\" (ESRS "
                        + "E5-5); recycled devices are counted separately.")));
        if (!report.uncoveredCategories().isEmpty()) {
            String cats = report.uncoveredCategories().stream().map(DeviceCategory::name)
                    .collect(Collectors.joining(", "));
            c.add(new Caveat(Caveat.UNCOVERED, new LocalizedText(
                    "Catégories sans facteur dans ce jeu, comptées sans émission évitée : " + cats + ".",
                    "Categories without a factor in this set, counted with no avoided emission: " + cats + ".")));
        }
        boolean estimates = set.parts().values().stream().anyMatch(PartFactor::estimate)
                || set.transport().values().stream().anyMatch(TransportFactor::estimate) || set.erasure().estimate();
        if (estimates) {
            c.add(new Caveat(Caveat.ESTIMATES, new LocalizedText(
                    "Certains facteurs de reconditionnement (pièces, transport, effacement) sont des estimations "
                            + "documentées, faute de valeur publiée.",
                    "Some refurbishment factors (parts, transport, erasure) are documented estimates, for want of a "
                            + "published value.")));
        }
        return new ImpactDisclosure(TITLE, c);
    }

    /** The caveats' texts in one language, in order. */
    public List<String> texts(Locale locale) {
        return caveats.stream().map(c -> c.text().in(locale)).toList();
    }

    private static LocalizedText methodText(ImpactMethod method) {
        if (method instanceof ImpactMethod.Annualised a) {
            return new LocalizedText(
                    "Méthode annualisée ADEME 2022 : impact par année d'usage, neuf contre reconditionné, sur une "
                            + "seconde vie de " + formatRate(a.defaultSecondLifeYears())
                            + " ans par défaut (ordinateurs 3 ans, smartphones et tablettes 2 ans).",
                    "ADEME 2022 annualised method: impact per year of use, new versus refurbished, over a second life "
                            + "of " + formatRate(a.defaultSecondLifeYears())
                            + " years by default (computers 3 years, smartphones and tablets 2 years).");
        }
        if (method instanceof ImpactMethod.LifetimeExtension x) {
            return new LocalizedText(
                    "Méthode d'allongement de la durée de vie : production évitée = E_neuf × " + formatRate(x.extensionYears())
                            + " ans / durée de vie initiale, moins le reconditionnement.",
                    "Lifetime-extension method: production avoided = E_new × " + formatRate(x.extensionYears())
                            + " years / first lifetime, minus refurbishment.");
        }
        return new LocalizedText(
                "Méthode par substitution : évité = S × (E_neuf − E_reconditionnement), E_neuf = fabrication et "
                        + "distribution d'un équipement neuf équivalent.",
                "Substitution method: avoided = S × (E_new − E_refurb), E_new = manufacture and distribution of an "
                        + "equivalent new device.");
    }

    private static String formatRate(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
