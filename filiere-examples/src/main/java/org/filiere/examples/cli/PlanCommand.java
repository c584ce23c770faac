package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filiere.reporting.json.BeanValidation;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.validation.Violation;
import org.filiere.wipe.schedule.Assignment;
import org.filiere.wipe.schedule.Plan;
import org.filiere.wipe.schedule.Station;
import org.filiere.wipe.schedule.Strategy;
import org.filiere.wipe.schedule.WipePlanner;
import org.filiere.wipe.schedule.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code filiere plan --station FILE --tasks FILE [--strategy planner|batch-fill|fifo] [--json]}: plans the
 * wipe station's loads (contract {@code plan.md}). Exit 0 with a plan, 1 when an input document is invalid (all
 * problems listed with their path), 2 when a file is unreadable or not JSON.
 * Not thread-safe: picocli fills one instance per invocation.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Planifie le chargement des disques dans les baies de la station d'effacement.",
            "Plans which disk goes into which dock bay, and when."})
public final class PlanCommand implements Callable<Integer> {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--station", required = true, paramLabel = "FILE", description = "station.json")
    Path station;

    @Option(names = "--tasks", required = true, paramLabel = "FILE", description = "tasks.json")
    Path tasks;

    @Option(names = "--strategy", defaultValue = "planner", paramLabel = "NAME",
            description = "planner (default), batch-fill or fifo")
    String strategy;

    /** The plan as the contract's JSON. */
    record PlanJson(String strategy, String start, double makespanSeconds, double lowerBoundSeconds,
                    Map<String, Double> lowerBoundComponents, List<AssignmentJson> assignments, List<String> late) {
    }

    /** One assignment in the contract's JSON. */
    record AssignmentJson(String taskId, String dockId, int bay, String start, String ioStart, String end) {
    }

    /** Invalid input, as JSON. */
    record ViolationsJson(List<Violation> violations) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lang lang = common.lang;
        Strategy chosen;
        try {
            chosen = Strategy.parse(strategy);
        } catch (org.filiere.FiliereException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown strategy '" + strategy + "' (planner, batch-fill or fifo)");
        }
        PlanInputs.StationDoc s = JsonDocuments.read(station, PlanInputs.StationDoc.class);
        PlanInputs.TasksDoc t = JsonDocuments.read(tasks, PlanInputs.TasksDoc.class);
        List<Violation> problems = new ArrayList<>();
        BeanValidation.validate(s).forEach(v -> problems.add(prefixed(station, v)));
        BeanValidation.validate(t).forEach(v -> problems.add(prefixed(tasks, v)));
        for (Violation v : PlanInputs.crossCheck(s, t)) {
            boolean inTasks = v.path().startsWith("tasks[");
            problems.add(prefixed(inTasks ? tasks : station, v));
        }
        if (t.start() != null && t.start().getNano() != 0) {
            problems.add(prefixed(tasks, new Violation("start", "WHOLE_SECOND", "start must be a whole second")));
        }
        if (!problems.isEmpty()) {
            if (common.json) {
                CommonOptions.printJson(out, new ViolationsJson(problems));
            } else {
                err.println(lang.t("Entrée invalide :", "Invalid input:"));
                problems.forEach(v -> err.println("  " + v.path() + " : " + v.message() + " (" + v.rule() + ")"));
                err.flush();
            }
            return ExitCodes.PROBLEM;
        }
        Station st = PlanInputs.station(s);
        Workload wl = PlanInputs.workload(t);
        Plan plan = new WipePlanner().plan(st, wl, chosen);
        if (common.json) {
            CommonOptions.printJson(out, toJson(plan, st.zone()));
        } else {
            printHuman(out, plan, st, wl, lang);
        }
        return ExitCodes.OK;
    }

    private static Violation prefixed(Path file, Violation v) {
        return new Violation(file.getFileName() + ":" + v.path(), v.rule(), v.message());
    }

    static PlanJson toJson(Plan plan, ZoneId zone) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("handling", plan.lowerBound().handling());
        parts.put("pair", plan.lowerBound().pair());
        parts.put("bayArea", plan.lowerBound().bayArea());
        parts.put("bus", plan.lowerBound().bus());
        List<AssignmentJson> as = plan.assignments().stream().map(a -> new AssignmentJson(a.taskId(), a.dockId(),
                a.bay(), iso(a.start(), zone), iso(a.ioStart(), zone), iso(a.end(), zone))).toList();
        return new PlanJson(plan.strategy().label(), iso(plan.start(), zone), plan.makespanSeconds(),
                plan.lowerBoundSeconds(), parts, as, plan.late());
    }

    static String iso(Instant t, ZoneId zone) {
        return ISO.format(t.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    private static void printHuman(PrintWriter out, Plan plan, Station st, Workload wl, Lang lang) {
        Locale loc = lang.locale();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEE dd/MM HH:mm:ss", loc).withZone(st.zone());
        out.println(lang.t("Plan « ", "Plan \"") + plan.strategy().label() + lang.t(" » — début ", "\" — start ")
                + when.format(plan.start()) + " (" + st.zone() + ")");
        double gap = plan.lowerBoundSeconds() > 0 ? (plan.ratioToBound() - 1) * 100 : 0;
        out.printf(loc, "%s %s (%.0f s) ; %s %s (%.0f s) ; %s %+.1f %%%n",
                lang.t("Durée totale :", "Makespan:"), human(plan.makespanSeconds(), lang), plan.makespanSeconds(),
                lang.t("borne inférieure :", "lower bound:"), human(plan.lowerBoundSeconds(), lang),
                plan.lowerBoundSeconds(), lang.t("écart :", "gap:"), gap);
        List<Assignment> sorted = new ArrayList<>(plan.assignments());
        sorted.sort(Comparator.comparing((Assignment a) -> st.docks().indexOf(
                st.docks().stream().filter(d -> d.id().equals(a.dockId())).findFirst().orElseThrow()))
                .thenComparingInt(Assignment::bay).thenComparing(Assignment::start));
        String dock = null;
        for (Assignment a : sorted) {
            if (!a.dockId().equals(dock)) {
                dock = a.dockId();
                out.println();
                out.println(lang.t("Dock ", "Dock ") + dock);
                out.printf(loc, "  %-5s %-20s %-22s %-22s %-22s%n", lang.t("Baie", "Bay"), lang.t("Disque", "Disk"),
                        lang.t("Chargement", "Load"), lang.t("Début E/S", "I/O start"), lang.t("Fin", "End"));
            }
            boolean late = plan.late().contains(a.taskId());
            out.printf(loc, "  %-5d %-20s %-22s %-22s %-22s%s%n", a.bay(), a.taskId(), when.format(a.start()),
                    when.format(a.ioStart()), when.format(a.end()), late ? lang.t("  EN RETARD", "  LATE") : "");
        }
        out.println();
        out.println(plan.late().isEmpty() ? lang.t("Aucun disque en retard.", "No disk is late.")
                : lang.t("En retard : ", "Late: ") + String.join(", ", plan.late()));
        out.flush();
    }

    private static String human(double seconds, Lang lang) {
        Duration d = Duration.ofSeconds((long) Math.ceil(seconds));
        long days = d.toDays();
        return (days > 0 ? days + lang.t(" j ", " d ") : "") + d.toHoursPart() + " h "
                + String.format(Locale.ROOT, "%02d", d.toMinutesPart()) + " min";
    }
}
