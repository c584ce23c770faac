package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filiere.carbon.Caveat;
import org.filiere.carbon.DonatedDevice;
import org.filiere.carbon.FactorSet;
import org.filiere.carbon.ImpactCalculator;
import org.filiere.carbon.ImpactDisclosure;
import org.filiere.carbon.ImpactMethod;
import org.filiere.carbon.ImpactReport;
import org.filiere.carbon.ImpactTotals;
import org.filiere.reporting.carbon.FactorSets;
import org.filiere.reporting.json.BeanValidation;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code filiere impact FILE [--factors SET] [--substitution S] [--json]}: CO2 / reuse impact of an inventory. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Calcule la contribution aux émissions évitées et les DEEE évités d'un inventaire.",
            "Computes the contribution to avoided emissions and e-waste avoided of an inventory."})
final class ImpactCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "Inventory JSON: {\"devices\": [{\"category\", \"outcome\", \"transportKm\", \"partsAdded\"}]}.")
    Path file;

    @Option(names = "--factors", paramLabel = "SET", defaultValue = FactorSets.DEFAULT_ID,
            description = "Factor set id (default: ${DEFAULT-VALUE}; known: ademe-impactco2-2024, ademe-base-empreinte, "
                    + "boavizta-pcf-median-2023, ademe-2018-biens-equipement) or path to a factor set JSON file.")
    String factors;

    @Option(names = "--substitution", paramLabel = "S", defaultValue = "0.7",
            description = "Substitution rate S in [0, 1]: share of reused devices that avoid a new purchase (default: ${DEFAULT-VALUE}).")
    double substitution;

    @Option(names = "--method", paramLabel = "M", defaultValue = "substitution",
            description = "substitution (default), annualised (ADEME 2022) or lifetime-extension.")
    String method;

    @Option(names = "--extension-years", paramLabel = "X", defaultValue = "3",
            description = "Years of life added, for --method lifetime-extension (default: ${DEFAULT-VALUE}).")
    double extensionYears;

    @Override
    public Integer call() {
        if (!(substitution >= 0 && substitution <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    common.lang.t("--substitution doit être entre 0 et 1 (reçu " + substitution + ")",
                            "--substitution must be between 0 and 1 (got " + substitution + ")"));
        }
        ImpactMethod impactMethod = parseMethod();
        FactorSet set = resolveSet();
        InventoryDocument doc = JsonDocuments.read(file, InventoryDocument.class);
        PrintWriter out = spec.commandLine().getOut();
        List<Violation> violations = BeanValidation.validate(doc);
        if (!violations.isEmpty()) {
            if (common.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("valid", false);
                m.put("violations", violations);
                CommonOptions.printJson(out, m);
            } else {
                PrintWriter err = spec.commandLine().getErr();
                err.println(common.lang.t("Inventaire invalide : " + file, "Invalid inventory: " + file));
                violations.forEach(v -> err.println("  " + v.path() + " [" + v.rule() + "] " + v.message()));
                err.flush();
            }
            return ExitCodes.PROBLEM;
        }
        List<DonatedDevice> devices = doc.devices().stream().map(InventoryDocument.Device::toDevice).toList();
        ImpactReport report = new ImpactCalculator(set, substitution, impactMethod).report(devices);
        ImpactDisclosure disclosure = ImpactDisclosure.of(set, report);
        if (common.json) {
            CommonOptions.printJson(out, toJson(report, disclosure));
        } else {
            printHuman(out, report, disclosure);
        }
        return ExitCodes.OK;
    }

    private ImpactMethod parseMethod() {
        switch (method) {
            case "substitution":
                return new ImpactMethod.Substitution();
            case "annualised":
                return ImpactMethod.Annualised.ademe2022();
            case "lifetime-extension":
                if (!(extensionYears > 0) || Double.isInfinite(extensionYears)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--extension-years must be positive");
                }
                return new ImpactMethod.LifetimeExtension(extensionYears);
            default:
                throw new CommandLine.ParameterException(spec.commandLine(), common.lang.t(
                        "méthode inconnue '" + method + "' (substitution, annualised, lifetime-extension)",
                        "unknown method '" + method + "' (substitution, annualised, lifetime-extension)"));
        }
    }

    private FactorSet resolveSet() {
        if (FactorSets.find(factors).isPresent()) {
            return FactorSets.byId(factors);
        }
        Path path = Path.of(factors);
        if (factors.endsWith(".json") || Files.isRegularFile(path)) {
            return FactorSets.load(path);
        }
        throw new CommandLine.ParameterException(spec.commandLine(), common.lang.t(
                "jeu de facteurs inconnu '" + factors + "' (connus : " + String.join(", ", FactorSets.SHIPPED_IDS) + ")",
                "unknown factor set '" + factors + "' (known: " + String.join(", ", FactorSets.SHIPPED_IDS) + ")"));
    }

    private static double r3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    static Map<String, Object> toJson(ImpactReport report, ImpactDisclosure disclosure) {
        ImpactTotals t = report.totals();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factorSet", report.factorSetId());
        m.put("factorSetVersion", report.factorSetVersion());
        m.put("substitutionRate", report.substitutionRate());
        m.put("method", report.method().id());
        m.put("avoidedKgCO2e", r3(t.avoidedKgCO2e()));
        m.put("avoidedKgCO2eLow", r3(t.avoidedKgCO2eLow()));
        m.put("avoidedKgCO2eHigh", r3(t.avoidedKgCO2eHigh()));
        m.put("eWasteAvoidedKg", r3(t.eWasteAvoidedKg()));
        m.put("eWasteRoutedKg", r3(t.eWasteRoutedKg()));
        m.put("destroyedKg", r3(t.destroyedKg()));
        m.put("refurbishmentKgCO2e", r3(t.refurbishmentKgCO2e()));
        m.put("deviceCount", t.deviceCount());
        m.put("reusedCount", t.reusedCount());
        m.put("recycledCount", t.recycledCount());
        m.put("destroyedCount", t.destroyedCount());
        m.put("uncoveredCategories", report.uncoveredCategories());
        List<Map<String, Object>> byCategory = new ArrayList<>();
        report.byCategory().forEach((c, ct) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("category", c.name());
            e.put("count", ct.deviceCount());
            e.put("avoidedKgCO2e", r3(ct.avoidedKgCO2e()));
            e.put("avoidedKgCO2eLow", r3(ct.avoidedKgCO2eLow()));
            e.put("avoidedKgCO2eHigh", r3(ct.avoidedKgCO2eHigh()));
            e.put("reusedCount", ct.reusedCount());
            e.put("recycledCount", ct.recycledCount());
            e.put("destroyedCount", ct.destroyedCount());
            e.put("eWasteAvoidedKg", r3(ct.eWasteAvoidedKg()));
            byCategory.add(e);
        });
        m.put("byCategory", byCategory);
        putGroups(m, "byDonor", "donorId", report.byDonor());
        putGroups(m, "byAgreement", "agreementId", report.byAgreement());
        putGroups(m, "bySite", "siteId", report.bySite());
        putGroups(m, "byMonth", "month", report.byMonth());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("title", disclosure.title());
        List<Map<String, String>> caveats = new ArrayList<>();
        for (Caveat c : disclosure.caveats()) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("code", c.code());
            e.put("fr", c.text().fr());
            e.put("en", c.text().en());
            caveats.add(e);
        }
        d.put("caveats", caveats);
        m.put("disclosure", d);
        return m;
    }

    private static void putGroups(Map<String, Object> m, String name, String keyName, Map<?, ImpactTotals> groups) {
        if (groups.isEmpty()) {
            return;
        }
        List<Map<String, Object>> list = new ArrayList<>();
        groups.forEach((k, g) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put(keyName, k.toString());
            e.put("count", g.deviceCount());
            e.put("avoidedKgCO2e", r3(g.avoidedKgCO2e()));
            e.put("avoidedKgCO2eLow", r3(g.avoidedKgCO2eLow()));
            e.put("avoidedKgCO2eHigh", r3(g.avoidedKgCO2eHigh()));
            e.put("eWasteAvoidedKg", r3(g.eWasteAvoidedKg()));
            list.add(e);
        });
        m.put(name, list);
    }

    private void printHuman(PrintWriter out, ImpactReport r, ImpactDisclosure d) {
        Lang l = common.lang;
        Locale locale = l.locale();
        ImpactTotals t = r.totals();
        out.println(d.title().in(locale));
        out.println(l.t("  Jeu de facteurs : ", "  Factor set: ") + r.factorSetId() + " (" + r.factorSetVersion() + ")"
                + l.t(" ; méthode : ", "; method: ") + r.method().id()
                + l.t(" ; taux de substitution S = ", "; substitution rate S = ") + num(locale, r.substitutionRate(), 2));
        out.println(l.t("  Émissions évitées : ", "  Avoided emissions: ") + num(locale, t.avoidedKgCO2e(), 1)
                + " kgCO2e (" + l.t("fourchette ", "range ") + num(locale, t.avoidedKgCO2eLow(), 1) + " – "
                + num(locale, t.avoidedKgCO2eHigh(), 1) + ")");
        out.println(l.t("  DEEE évités (masse réemployée) : ", "  E-waste avoided (mass reused): ")
                + num(locale, t.eWasteAvoidedKg(), 1) + " kg; "
                + l.t("recyclés : ", "recycled: ") + t.recycledCount() + " (" + num(locale, t.eWasteRoutedKg(), 1) + " kg); "
                + l.t("détruits : ", "destroyed: ") + t.destroyedCount() + " (" + num(locale, t.destroyedKg(), 1) + " kg)");
        out.println(l.t("  Par catégorie :", "  By category:"));
        r.byCategory().forEach((c, ct) -> out.println("    " + c.name() + " : " + ct.deviceCount()
                + l.t(" équipement(s), ", " device(s), ") + num(locale, ct.avoidedKgCO2e(), 1) + " kgCO2e"));
        out.println(l.t("  À lire avec :", "  To be read with:"));
        for (String text : d.texts(locale)) {
            out.println("    - " + text);
        }
        out.flush();
    }

    private static String num(Locale locale, double v, int decimals) {
        return String.format(locale, "%,." + decimals + "f", v);
    }
}
