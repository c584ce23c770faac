package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.filiere.cession.AttestationPolicy;
import org.filiere.cession.CessionAgreement;
import org.filiere.ledger.LedgerEntry;
import org.filiere.reporting.document.AgreementCheck;
import org.filiere.reporting.document.AgreementDocuments;
import org.filiere.reporting.journal.Journal;
import org.filiere.reporting.journal.JournalCheck;
import org.filiere.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code filiere journal verify FILE}: checks the journal's hash chain; {@code filiere journal add-agreement
 * FILE --journal J}: registers a donation agreement in the journal (so that {@code attest --agreement ID} finds
 * it). Not thread-safe: one instance per invocation.
 */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = {"Journal de la station. / Station journal."},
        subcommands = {JournalCommand.Verify.class, JournalCommand.AddAgreement.class})
final class JournalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required: verify, add-agreement");
    }

    /** {@code journal verify}. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Vérifie la chaîne de hachage du journal (sans le modifier).",
                "Checks the journal's hash chain (without changing it).",
                "Exit: 0 intact, 1 tampered or truncated (names the first bad entry), 2 unreadable file."})
    static final class Verify implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "FILE", description = "Journal (JSON Lines).")
        Path file;

        @Override
        public Integer call() {
            JournalCheck check = Journal.verify(file);
            PrintWriter out = spec.commandLine().getOut();
            Lang l = common.lang;
            if (common.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("intact", check.intact());
                m.put("status", check.status().name());
                m.put("entries", check.goodEntries());
                m.put("firstBadEntry", check.intact() ? null : check.firstBadLine());
                m.put("reason", check.intact() ? null : check.reason());
                m.put("lastHash", check.lastGoodHash());
                CommonOptions.printJson(out, m);
            } else if (check.intact()) {
                out.println(l.t("Journal intact : ", "Journal intact: ") + file + " — " + check.goodEntries()
                        + l.t(" entrées, dernière empreinte ", " entries, last hash ") + check.lastGoodHash());
            } else if (check.status() == JournalCheck.Status.TORN_TAIL) {
                out.println(l.t("Journal tronqué : ", "Journal truncated: ") + file + l.t(" — entrée ", " — entry ")
                        + check.firstBadLine() + l.t(" incomplète (", " incomplete (") + check.reason() + "); "
                        + check.goodEntries() + l.t(" entrées intactes avant elle", " intact entries before it"));
            } else {
                out.println(l.t("Journal ALTÉRÉ : ", "Journal TAMPERED: ") + file + l.t(" — première entrée invalide : ",
                        " — first bad entry: ") + check.firstBadLine() + " (" + check.reason() + ")");
            }
            out.flush();
            return check.intact() ? ExitCodes.OK : ExitCodes.PROBLEM;
        }
    }

    /** {@code journal add-agreement}. */
    @Command(name = "add-agreement", mixinStandardHelpOptions = true,
            description = {"Enregistre une convention de cession dans le journal (après l'avoir vérifiée).",
                "Registers a donation agreement in the journal (after checking it).",
                "Exit: 0 recorded (or already recorded identically), 1 violations or a different version already "
                    + "recorded (use --amend), 2 unreadable file or journal."})
    static final class AddAgreement implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "FILE", description = "Agreement document (JSON, as for 'agreement check').")
        Path file;

        @Option(names = "--journal", required = true, paramLabel = "FILE",
                description = "The journal (created when missing).")
        Path journalFile;

        @Option(names = "--amend", description = "Record this version even if another version of the same id is recorded.")
        boolean amend;

        Clock clock = Clock.systemUTC();

        @Override
        public Integer call() {
            Lang l = common.lang;
            PrintWriter out = spec.commandLine().getOut();
            AgreementCheck check = AgreementDocuments.check(file, AttestationPolicy.DEFAULT,
                    l.locale());
            if (!check.valid()) {
                // An agreement that breaks the rules is not registered: it could not be honoured as written.
                return report(out, l, false, null, check.violations(), "INVALID");
            }
            CessionAgreement agreement = check.agreementIfMapped().orElseThrow();
            try (Journal journal = Journal.open(journalFile, clock)) {
                Optional<CessionAgreement> before = journal.state().agreement(agreement.id());
                if (before.isPresent() && before.get().equals(agreement)) {
                    return report(out, l, false, agreement, List.of(), "ALREADY_RECORDED");
                }
                if (before.isPresent() && !amend) {
                    return report(out, l, false, agreement, List.of(new Violation("id", "AGREEMENT_ALREADY_RECORDED",
                            "another version of " + agreement.id() + " is in the journal; pass --amend to record "
                                    + "this one as the version in force")), "DIFFERENT_VERSION_RECORDED");
                }
                journal.append(new LedgerEntry.AgreementRecorded(agreement, clock.instant()));
                return report(out, l, true, agreement, List.of(), before.isPresent() ? "AMENDED" : "RECORDED");
            }
        }

        private int report(PrintWriter out, Lang l, boolean recorded, CessionAgreement agreement,
                           List<Violation> violations, String outcome) {
            boolean ok = violations.isEmpty();
            if (common.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("recorded", recorded);
                m.put("outcome", outcome);
                m.put("agreementId", agreement == null ? null : agreement.id());
                m.put("devices", agreement == null ? null : agreement.devices().size());
                m.put("journal", journalFile.toString());
                m.put("violations", violations.stream().map(v -> Map.of("path", v.path(), "rule", v.rule(),
                        "message", v.message())).toList());
                CommonOptions.printJson(out, m);
            } else if (ok) {
                String id = agreement.id();
                out.println(recorded
                        ? l.t("Convention " + id + " enregistrée dans " + journalFile + " (" + agreement.devices().size()
                                + " appareil(s))" + ("AMENDED".equals(outcome) ? ", remplace la version précédente" : ""),
                        "Agreement " + id + " recorded in " + journalFile + " (" + agreement.devices().size()
                                + " device(s))" + ("AMENDED".equals(outcome) ? ", replaces the earlier version" : ""))
                        : l.t("Convention " + id + " déjà enregistrée à l'identique dans " + journalFile,
                        "Agreement " + id + " already recorded identically in " + journalFile));
            } else {
                out.println(l.t("Convention non enregistrée (" + file + ") :", "Agreement not recorded (" + file + "):"));
                for (Violation v : violations) {
                    out.println("  - " + (v.path().isEmpty() ? "(document)" : v.path()) + " [" + v.rule() + "] "
                            + v.message());
                }
            }
            out.flush();
            return ok ? ExitCodes.OK : ExitCodes.PROBLEM;
        }
    }
}
