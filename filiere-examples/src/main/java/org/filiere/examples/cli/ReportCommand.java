package org.filiere.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filiere.carbon.DonatedDevice;
import org.filiere.carbon.ImpactCalculator;
import org.filiere.carbon.ImpactMethod;
import org.filiere.reporting.carbon.FactorSets;
import org.filiere.reporting.impact.ImpactSheet;
import org.filiere.reporting.impact.ImpactSheets;
import org.filiere.reporting.impact.SheetScope;
import org.filiere.reporting.json.BeanValidation;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.reporting.render.Csv;
import org.filiere.reporting.render.CsvExports;
import org.filiere.reporting.render.ImpactSheetPdf;
import org.filiere.reporting.signature.DocumentSigner;
import org.filiere.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code filiere report impact FILE --out DIR [--donor ID | --agreement ID | --from D --to D]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Documents pour les donateurs. / Documents for donors."},
        subcommands = {ReportCommand.Impact.class})
final class ReportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required: impact");
    }

    /** {@code report impact}. */
    @Command(name = "impact", mixinStandardHelpOptions = true,
            description = {"Écrit la fiche d'impact CO₂ / réemploi signée (JSON, PDF, CSV) d'un donateur, d'une convention ou d'une période.",
                "Writes the signed CO₂ / reuse impact sheet (JSON, PDF, CSV) of a donor, an agreement or a period.",
                "Exit: 0 written, 1 invalid inventory, 2 usage or unreadable input."})
    static final class Impact implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "FILE", description = "Inventory JSON (as for 'impact'), with donorId/agreementId/date per device.")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
        Path out;

        @Option(names = "--donor", paramLabel = "ID", description = "Only this donor's devices.")
        String donor;

        @Option(names = "--agreement", paramLabel = "ID", description = "Only this agreement's devices.")
        String agreement;

        @Option(names = "--from", paramLabel = "DATE", description = "Period start (with --to), ISO date.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Period end (inclusive), ISO date.")
        LocalDate to;

        @Option(names = "--factors", defaultValue = FactorSets.DEFAULT_ID, description = "Factor set id (default: ${DEFAULT-VALUE}).")
        String factors;

        @Option(names = "--substitution", defaultValue = "0.7", description = "Substitution rate S (default: ${DEFAULT-VALUE}).")
        double substitution;

        @Option(names = "--csv", defaultValue = "fr", description = "CSV dialect: fr (';', decimal comma; default) or rfc (',', decimal point).")
        String csvDialect;

        @Option(names = "--key", paramLabel = "FILE", description = "Signing key (PEM); default DIR/keys/signing-key.pem, created when missing.")
        Path key;

        @Option(names = "--issuer", defaultValue = "Environnement et Solidarité", description = "Who issues (default: ${DEFAULT-VALUE}).")
        String issuer;

        Clock clock = Clock.system(ZoneId.of("Europe/Paris"));

        @Override
        public Integer call() throws IOException {
            Lang l = common.lang;
            SheetScope scope = scope(l);
            if (!(substitution >= 0 && substitution <= 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--substitution must be between 0 and 1");
            }
            Csv csv = switch (csvDialect) {
                case "fr" -> Csv.FRENCH;
                case "rfc" -> Csv.RFC4180;
                default -> throw new CommandLine.ParameterException(spec.commandLine(), "--csv must be fr or rfc");
            };
            InventoryDocument doc = JsonDocuments.read(file, InventoryDocument.class);
            List<Violation> violations = BeanValidation.validate(doc);
            PrintWriter w = spec.commandLine().getOut();
            if (!violations.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                violations.forEach(v -> err.println("  " + v.path() + " [" + v.rule() + "] " + v.message()));
                err.flush();
                return ExitCodes.PROBLEM;
            }
            List<DonatedDevice> devices = doc.devices().stream().map(InventoryDocument.Device::toDevice).toList();
            ImpactCalculator calc = new ImpactCalculator(FactorSets.byId(factors), substitution, new ImpactMethod.Substitution());
            DocumentSigner signer = Signers.resolve(key, out, spec.commandLine().getErr(), l);
            ImpactSheet sheet = signer.sign(ImpactSheets.build(devices, scope, calc, issuer, clock));
            Files.createDirectories(out);
            Path json = out.resolve(sheet.id() + ".json");
            Path pdf = out.resolve(sheet.id() + ".pdf");
            Path csvFile = out.resolve(sheet.id() + ".csv");
            Files.writeString(json, JsonDocuments.writePretty(sheet), StandardCharsets.UTF_8);
            Files.write(pdf, ImpactSheetPdf.render(sheet, l.language(), clock.getZone()));
            Files.writeString(csvFile, CsvExports.impact(sheet, csv), StandardCharsets.UTF_8);
            if (common.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("json", json.toString());
                m.put("pdf", pdf.toString());
                m.put("csv", csvFile.toString());
                m.put("devices", sheet.totals().deviceCount());
                m.put("avoidedKgCO2e", sheet.totals().avoidedKgCO2e());
                m.put("fingerprint", signer.fingerprint());
                CommonOptions.printJson(w, m);
            } else {
                w.println(l.t("Fiche d'impact : ", "Impact sheet: ") + json + ", " + pdf + ", " + csvFile);
                w.println(sheet.totals().deviceCount() + l.t(" appareils", " devices") + " — "
                        + l.t("clé ", "key ") + signer.fingerprint());
                w.flush();
            }
            return ExitCodes.OK;
        }

        private SheetScope scope(Lang l) {
            int given = (donor != null ? 1 : 0) + (agreement != null ? 1 : 0) + (from != null || to != null ? 1 : 0);
            if (given > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        l.t("choisir un seul périmètre : --donor, --agreement ou --from/--to",
                                "choose one scope: --donor, --agreement or --from/--to"));
            }
            if (donor != null) {
                return SheetScope.donor(donor);
            }
            if (agreement != null) {
                return SheetScope.agreement(agreement);
            }
            if (from != null || to != null) {
                if (from == null || to == null || to.isBefore(from)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--from and --to go together, from <= to");
                }
                return SheetScope.period(from, to);
            }
            return SheetScope.all();
        }
    }
}
