package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.filiere.FiliereException;
import org.filiere.allocation.BeneficiaryRef;
import org.filiere.allocation.Delivery;
import org.filiere.allocation.PrescriberKind;
import org.filiere.allocation.SupportFact;
import org.filiere.allocation.SupportPlan;
import org.filiere.allocation.SupportStatus;
import org.filiere.ledger.Ledger;
import org.filiere.ledger.LedgerState;
import org.filiere.ledger.SupportLedger;
import org.filiere.reporting.journal.Journal;
import org.filiere.reporting.journal.JournalCheck;
import org.filiere.reporting.journal.JournalContents;
import org.filiere.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code filiere support ...}: after-donation support ("Service Après Don") kept in the journal: record a
 * mediator's training, a delivery (opens a plan), a plan's size, a session, a return; list the deliveries
 * whose support is behind ({@code overdue}). Not thread-safe: one instance per invocation.
 */
@Command(name = "support", mixinStandardHelpOptions = true,
        description = {"Accompagnement après don (Service Après Don). / After-donation support."},
        subcommands = {SupportCommand.Overdue.class, SupportCommand.Train.class, SupportCommand.Deliver.class,
            SupportCommand.Plan.class, SupportCommand.Session.class, SupportCommand.Return.class})
final class SupportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a sub-command is required: overdue, train, deliver, plan, session, return");
    }

    /** {@code support overdue}. */
    @Command(name = "overdue", mixinStandardHelpOptions = true,
            description = {"Liste les remises dont l'accompagnement est en retard (journal en lecture seule).",
                "Lists the deliveries whose support is behind (reads the journal, never changes it).",
                "Exit: 0 none late, 1 some late, 2 unreadable or tampered journal."})
    static final class Overdue implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--journal", required = true, paramLabel = "FILE", description = "The journal.")
        Path journalFile;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The day to look at (default: today).")
        LocalDate asOf;

        @Option(names = "--zone", defaultValue = "Europe/Paris", description = "Time zone of 'today' (default: ${DEFAULT-VALUE}).")
        String zone;

        Clock clock = Clock.systemUTC();

        @Override
        public Integer call() {
            Lang l = common.lang;
            PrintWriter out = spec.commandLine().getOut();
            LedgerState state = readIntact(journalFile, spec.commandLine().getErr(), l);
            LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(ZoneId.of(zone)));
            List<SupportPlan> plans = SupportLedger.plans(state);
            List<SupportStatus> late = SupportLedger.overdueOn(state, day);
            if (common.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("asOf", day.toString());
                m.put("openPlans", plans.size());
                m.put("overdue", late.stream().map(Overdue::toJson).toList());
                CommonOptions.printJson(out, m);
            } else if (late.isEmpty()) {
                out.println(l.t("Aucun accompagnement en retard au " + day + " (" + plans.size() + " plan(s) ouvert(s))",
                        "No support behind on " + day + " (" + plans.size() + " open plan(s))"));
            } else {
                out.println(l.t(late.size() + " remise(s) en retard d'accompagnement au " + day + " (sur "
                                + plans.size() + " plan(s) ouvert(s)) :",
                        late.size() + " delivery(ies) behind on support on " + day + " (of " + plans.size()
                                + " open plan(s)):"));
                for (SupportStatus s : late) {
                    SupportPlan p = s.plan();
                    out.println("  - " + p.requestId() + " / " + p.deviceId() + " (" + p.prescriberKind() + ") "
                            + l.t("remis le ", "delivered ") + p.deliveredOn() + l.t(" : ", ": ") + s.held() + "/" + s.due()
                            + l.t(" séance(s) tenue(s)/dues, ", " session(s) held/due, ") + s.behindBy()
                            + l.t(" de retard, prochaine due le ", " behind, next due ") + s.nextDueOn()
                            + " (" + s.daysOverdue() + l.t(" j)", " d)"));
                }
            }
            out.flush();
            return late.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEM;
        }

        static Map<String, Object> toJson(SupportStatus s) {
            SupportPlan p = s.plan();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("requestId", p.requestId());
            m.put("deviceId", p.deviceId());
            m.put("prescriberKind", p.prescriberKind().name());
            m.put("deliveredOn", p.deliveredOn().toString());
            m.put("expectedSessions", p.expectedSessions());
            m.put("intervalDays", p.intervalDays());
            m.put("held", s.held());
            m.put("due", s.due());
            m.put("behindBy", s.behindBy());
            m.put("nextDueOn", s.nextDueOn() == null ? null : s.nextDueOn().toString());
            m.put("daysOverdue", s.daysOverdue());
            m.put("lastSessionOn", s.lastSessionOn() == null ? null : s.lastSessionOn().toString());
            return m;
        }
    }

    /** Reads the journal without changing it; a tampered journal is refused (exit 2), a torn tail is ignored. */
    static LedgerState readIntact(Path file, PrintWriter err, Lang l) {
        JournalContents contents = Journal.read(file);
        JournalCheck check = contents.check();
        if (check.status() == JournalCheck.Status.TAMPERED) {
            throw new FiliereException(l.t("journal altéré, entrée ", "journal tampered, entry ")
                    + check.firstBadLine() + " : " + check.reason()).with("file", file);
        }
        if (check.status() == JournalCheck.Status.TORN_TAIL) {
            err.println(l.t("Attention : dernière entrée du journal incomplète, ignorée (entrée ",
                    "Warning: last journal entry incomplete, ignored (entry ") + check.firstBadLine() + ")");
            err.flush();
        }
        return contents.state();
    }

    /** What every write shares: the journal, the clock and the report of the outcome. */
    abstract static class Write implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--journal", required = true, paramLabel = "FILE", description = "The journal (created when missing).")
        Path journalFile;

        Clock clock = Clock.systemUTC();

        /** Writes to the journal, returning the violations (empty when recorded). */
        abstract List<Violation> write(Ledger journal);

        /** What was recorded, in the --lang language. */
        abstract String done(Lang l);

        @Override
        public Integer call() {
            List<Violation> problems;
            try (Journal journal = Journal.open(journalFile, clock)) {
                problems = write(journal);
            }
            PrintWriter out = spec.commandLine().getOut();
            Lang l = common.lang;
            if (common.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("recorded", problems.isEmpty());
                m.put("journal", journalFile.toString());
                m.put("violations", problems.stream().map(v -> Map.of("path", v.path(), "rule", v.rule(),
                        "message", v.message())).toList());
                CommonOptions.printJson(out, m);
            } else if (problems.isEmpty()) {
                out.println(done(l));
            } else {
                out.println(l.t("Non enregistré :", "Not recorded:"));
                for (Violation v : problems) {
                    out.println("  - " + v.path() + " [" + v.rule() + "] " + v.message());
                }
            }
            out.flush();
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEM;
        }
    }

    /** {@code support train}. */
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Enregistre la formation Linux Mint d'un médiateur.",
                "Records a mediator's Linux Mint training.", "Exit: 0 recorded, 2 unreadable journal."})
    static final class Train extends Write {
        @Option(names = "--mediator", required = true, paramLabel = "ID", description = "The mediator's id.")
        String mediator;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "Day the training was completed.")
        LocalDate date;

        @Override
        List<Violation> write(Ledger journal) {
            SupportLedger.recordTraining(journal, mediator, date, clock.instant());
            return List.of();
        }

        @Override
        String done(Lang l) {
            return l.t("Médiateur " + mediator + " formé le " + date, "Mediator " + mediator + " trained on " + date);
        }
    }

    /** {@code support deliver}. */
    @Command(name = "deliver", mixinStandardHelpOptions = true,
            description = {"Enregistre une remise et ouvre son plan d'accompagnement (5 séances par défaut).",
                "Records a delivery and opens its support plan (5 sessions by default).",
                "Exit: 0 recorded, 1 refused (mediator not trained, already delivered...), 2 unreadable journal."})
    static final class Deliver extends Write {
        @Option(names = "--request", required = true, paramLabel = "ID", description = "The request served.")
        String request;

        @Option(names = "--device", required = true, paramLabel = "ID", description = "The device handed over.")
        String device;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "Day the acceptance was signed.")
        LocalDate date;

        @Option(names = "--mediator", required = true, paramLabel = "ID", description = "The mediator handing it over.")
        String mediator;

        @Option(names = "--beneficiary", required = true, paramLabel = "REF",
                description = "The pseudonymous beneficiary reference (never a name).")
        String beneficiary;

        @Option(names = "--prescriber-kind", defaultValue = "OTHER", paramLabel = "KIND",
                description = "FRANCE_SERVICES, SOCIAL_SERVICES, ASSOCIATION, DIGITAL_MEDIATION, OTHER (default: ${DEFAULT-VALUE}).")
        PrescriberKind prescriberKind;

        @Option(names = "--sessions", paramLabel = "N", description = "Sessions planned, 2 to 10 (default 5).")
        Integer sessions;

        @Option(names = "--interval-days", paramLabel = "D", description = "Days between sessions (default 14).")
        Integer intervalDays;

        @Override
        List<Violation> write(Ledger journal) {
            java.util.Optional<String> badRef = BeneficiaryRef.problem(beneficiary);
            if (badRef.isPresent()) {
                return List.of(new Violation("beneficiary", "BENEFICIARY_REF_NOT_PSEUDONYMOUS", badRef.get()));
            }
            Delivery d = new Delivery(request, device, prescriberKind, new BeneficiaryRef(beneficiary), Set.of(), date,
                    mediator);
            synchronized (journal) {
                if (sessions != null || intervalDays != null) {
                    // Check the plan before the delivery so that a bad size leaves nothing half-recorded.
                    SupportFact.Planned plan = planned();
                    if (plan.expectedSessions() < SupportPlan.MIN_SESSIONS
                            || plan.expectedSessions() > SupportPlan.MAX_SESSIONS || plan.intervalDays() < 1) {
                        return List.of(new Violation("sessions", "SESSIONS_OUT_OF_RANGE", "sessions must be "
                                + SupportPlan.MIN_SESSIONS + " to " + SupportPlan.MAX_SESSIONS
                                + " and the interval at least 1 day"));
                    }
                }
                List<Violation> problems = SupportLedger.recordDelivery(journal, d, clock.instant());
                if (problems.isEmpty() && (sessions != null || intervalDays != null)) {
                    return SupportLedger.record(journal, planned(), clock.instant());
                }
                return problems;
            }
        }

        private SupportFact.Planned planned() {
            return new SupportFact.Planned(request, sessions == null ? SupportPlan.DEFAULT_SESSIONS : sessions,
                    intervalDays == null ? SupportPlan.DEFAULT_INTERVAL_DAYS : intervalDays);
        }

        @Override
        String done(Lang l) {
            int n = sessions == null ? SupportPlan.DEFAULT_SESSIONS : sessions;
            return l.t("Remise " + request + " (" + device + ") enregistrée le " + date + " ; plan de " + n + " séance(s)",
                    "Delivery " + request + " (" + device + ") recorded on " + date + "; plan of " + n + " session(s)");
        }
    }

    /** {@code support plan}. */
    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = {"Fixe le nombre de séances (2 à 10) et leur rythme pour une remise.",
                "Sets a delivery's number of sessions (2 to 10) and pace.",
                "Exit: 0 recorded, 1 refused, 2 unreadable journal."})
    static final class Plan extends Write {
        @Option(names = "--request", required = true, paramLabel = "ID", description = "The delivery (request id).")
        String request;

        @Option(names = "--sessions", required = true, paramLabel = "N", description = "Sessions, 2 to 10.")
        int sessions;

        @Option(names = "--interval-days", defaultValue = "14", paramLabel = "D",
                description = "Days between sessions (default: ${DEFAULT-VALUE}).")
        int intervalDays;

        @Override
        List<Violation> write(Ledger journal) {
            return SupportLedger.record(journal, new SupportFact.Planned(request, sessions, intervalDays), clock.instant());
        }

        @Override
        String done(Lang l) {
            return l.t("Plan de " + request + " : " + sessions + " séance(s), tous les " + intervalDays + " jours",
                    "Plan of " + request + ": " + sessions + " session(s), every " + intervalDays + " days");
        }
    }

    /** {@code support session}. */
    @Command(name = "session", mixinStandardHelpOptions = true,
            description = {"Enregistre une séance d'accompagnement tenue.", "Records a support session held.",
                "Exit: 0 recorded, 1 refused (no open plan, before the delivery), 2 unreadable journal."})
    static final class Session extends Write {
        @Option(names = "--request", required = true, paramLabel = "ID", description = "The delivery (request id).")
        String request;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "Day it was held.")
        LocalDate date;

        @Option(names = "--mediator", required = true, paramLabel = "ID", description = "Who held it.")
        String mediator;

        @Override
        List<Violation> write(Ledger journal) {
            return SupportLedger.record(journal, new SupportFact.SessionHeld(request, date, mediator), clock.instant());
        }

        @Override
        String done(Lang l) {
            return l.t("Séance du " + date + " pour " + request + " (" + mediator + ") enregistrée",
                    "Session of " + date + " for " + request + " (" + mediator + ") recorded");
        }
    }

    /** {@code support return}. */
    @Command(name = "return", mixinStandardHelpOptions = true,
            description = {"Enregistre le retour de l'appareil : l'accompagnement de la remise prend fin.",
                "Records that the device came back: the delivery's support ends.",
                "Exit: 0 recorded, 1 refused, 2 unreadable journal."})
    static final class Return extends Write {
        @Option(names = "--request", required = true, paramLabel = "ID", description = "The delivery (request id).")
        String request;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "Day it came back.")
        LocalDate date;

        @Override
        List<Violation> write(Ledger journal) {
            return SupportLedger.record(journal, new SupportFact.Returned(request, date), clock.instant());
        }

        @Override
        String done(Lang l) {
            return l.t("Retour de " + request + " le " + date + " enregistré", "Return of " + request + " on " + date
                    + " recorded");
        }
    }
}
