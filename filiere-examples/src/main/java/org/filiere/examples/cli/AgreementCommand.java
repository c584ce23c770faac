package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filiere.cession.AttestationPolicy;
import org.filiere.reporting.document.AgreementCheck;
import org.filiere.reporting.document.AgreementDocuments;
import org.filiere.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code filiere agreement check FILE [--json]}: checks a donation agreement document against its format and
 * the legal rules, reporting every violation with its path (contract: {@code cli.md}).
 * Not thread-safe: picocli creates and fills one instance per invocation.
 */
@Command(name = "agreement",
        mixinStandardHelpOptions = true,
        description = {"Conventions de cession. / Donation agreements."},
        subcommands = {AgreementCommand.Check.class})
public final class AgreementCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required: check");
    }

    /** {@code agreement check}. */
    @Command(name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Vérifie une convention de cession (format et règles légales) et liste toutes les violations.",
                "Checks a donation agreement (format and legal rules) and lists every violation.",
                "Exit: 0 valid, 1 violations, 2 unreadable file or malformed JSON."})
    static final class Check implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "FILE", description = "Agreement document (JSON).")
        Path file;

        @Option(names = "--deadline-months", defaultValue = "6",
                description = "Months between collection and the attestation deadline (default: ${DEFAULT-VALUE}).")
        int deadlineMonths;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (deadlineMonths < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--deadline-months must be at least 1");
            }
            Lang lang = common.lang;
            AgreementCheck result = AgreementDocuments.check(file, new AttestationPolicy(deadlineMonths),
                    lang.locale());
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("valid", result.valid());
                if (result.attestationDue() != null) {
                    json.put("attestationDue", result.attestationDue().toString());
                }
                json.put("violations", result.violations().stream().map(v -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("path", v.path());
                    m.put("rule", v.rule());
                    m.put("message", v.message());
                    return m;
                }).toList());
                CommonOptions.printJson(out, json);
            } else {
                printHuman(out, lang, result);
            }
            return result.valid() ? ExitCodes.OK : ExitCodes.PROBLEM;
        }

        private void printHuman(PrintWriter out, Lang lang, AgreementCheck result) {
            String id = result.agreementIfMapped().map(a -> a.id() + " ").orElse("");
            List<Violation> vs = result.violations();
            if (vs.isEmpty()) {
                out.println(lang.t("Convention " + id + "(" + file + ") : valide",
                        "Agreement " + id + "(" + file + "): valid"));
            } else {
                out.println(lang.t("Convention " + id + "(" + file + ") : " + vs.size()
                                + (vs.size() == 1 ? " violation" : " violations"),
                        "Agreement " + id + "(" + file + "): " + vs.size()
                                + (vs.size() == 1 ? " violation" : " violations")));
                for (Violation v : vs) {
                    out.println("  - " + (v.path().isEmpty() ? "(document)" : v.path()) + " [" + v.rule() + "] "
                            + v.message());
                }
            }
            result.agreementIfMapped().ifPresent(a -> out.println(lang.t(
                    "Responsabilité transférée à la filière le " + a.responsibleOn(),
                    "Responsibility passes to the network on " + a.responsibleOn())));
            if (result.attestationDue() != null) {
                out.println(lang.t("Attestation d'effacement due au plus tard le " + result.attestationDue(),
                        "Erasure attestation due by " + result.attestationDue()));
            }
            out.flush();
        }
    }
}
