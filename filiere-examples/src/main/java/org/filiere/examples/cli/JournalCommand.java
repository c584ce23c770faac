package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filiere.reporting.journal.Journal;
import org.filiere.reporting.journal.JournalCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code filiere journal verify FILE}: checks the journal's hash chain. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = {"Journal de la station. / Station journal."},
        subcommands = {JournalCommand.Verify.class})
final class JournalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required: verify");
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
}
