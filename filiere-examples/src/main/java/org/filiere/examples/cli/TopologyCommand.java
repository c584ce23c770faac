package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.filiere.reporting.document.NetworkDocument;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.topology.CapacityPlan;
import org.filiere.topology.CapacityPlanner;
import org.filiere.topology.MonthPlan;
import org.filiere.topology.SiteLoad;
import org.filiere.topology.Sizing;
import org.filiere.topology.ValidatedNetwork;
import org.filiere.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code filiere topology check|capacity}: validates a network file and plans its capacity month by month
 * (contract: {@code cli.md}; format: {@code docs/network.md}).
 */
@Command(name = "topology", mixinStandardHelpOptions = true,
        description = {"Réseau hub-and-spoke : vérification et capacité.",
            "Hub-and-spoke network: check and capacity planning."},
        subcommands = {TopologyCommand.Check.class, TopologyCommand.Capacity.class})
public final class TopologyCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required: check or capacity");
    }

    /** {@code filiere topology check FILE [--json]}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Vérifie un fichier réseau et signale tous ses problèmes (code 1 s'il y en a).",
                "Checks a network file and reports all its problems (exit 1 when there are any)."})
    static final class Check implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "FILE", description = "Network file (JSON).")
        Path file;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            NetworkDocument doc = JsonDocuments.read(file, NetworkDocument.class);
            List<Violation> violations = doc.violations();
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                CommonOptions.printJson(out, new CheckResult(violations.isEmpty(), violations));
            } else {
                Lang l = common.lang;
                if (violations.isEmpty()) {
                    out.println(l.t("Réseau valide : ", "Valid network: ") + doc.sites().size()
                            + l.t(" sites, ", " sites, ") + size(doc.routes()) + l.t(" liaisons.", " routes."));
                } else {
                    printViolations(out, l, violations);
                }
                out.flush();
            }
            return violations.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEM;
        }
    }

    /** {@code filiere topology capacity FILE --months N [--deadline-months D] [--json]}. */
    @Command(name = "capacity", mixinStandardHelpOptions = true,
            description = {"Simule mois par mois effacements, reconditionnement, stock en attente et stockage ; "
                + "donne le premier mois où le délai d'attestation est dépassé et la capacité nécessaire.",
                "Simulates erasure, refurbishment, backlog and storage month by month; gives the first month the "
                + "attestation deadline is breached and the capacity needed."})
    static final class Capacity implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "FILE", description = "Network file (JSON).")
        Path file;

        @Option(names = "--months", required = true, paramLabel = "N", description = "Horizon in months (>= 1).")
        int months;

        @Option(names = "--deadline-months", paramLabel = "D", defaultValue = "6",
                description = "Attestation deadline in months after collection (default: ${DEFAULT-VALUE}).")
        int deadlineMonths;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (months < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--months must be at least 1");
            }
            if (deadlineMonths < 0) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--deadline-months must not be negative");
            }
            NetworkDocument doc = JsonDocuments.read(file, NetworkDocument.class);
            List<Violation> violations = doc.violations();
            PrintWriter out = spec.commandLine().getOut();
            Lang l = common.lang;
            if (!violations.isEmpty()) {
                if (common.json) {
                    CommonOptions.printJson(out, new CheckResult(false, violations));
                } else {
                    out.println(l.t("Le réseau n'est pas valide, pas de simulation.",
                            "The network is not valid: no simulation."));
                    printViolations(out, l, violations);
                    out.flush();
                }
                return ExitCodes.PROBLEM;
            }
            ValidatedNetwork network = doc.toNetwork().validate(doc.topologyPolicy());
            CapacityPlan plan = CapacityPlanner.plan(network, months, deadlineMonths);
            Sizing sizing = CapacityPlanner.size(network, months, deadlineMonths);
            if (common.json) {
                CommonOptions.printJson(out, CapacityResult.of(plan, sizing));
            } else {
                printHuman(out, l, plan, sizing);
            }
            return ExitCodes.OK;
        }

        private void printHuman(PrintWriter out, Lang l, CapacityPlan plan, Sizing sizing) {
            out.println(l.t("Capacité d'effacement : ", "Erasure capacity: ") + plan.sanitizePerMonth()
                    + l.t("/mois ; reconditionnement : ", "/month; refurbishment: ") + plan.refurbishPerMonth()
                    + l.t("/mois ; délai d'attestation : ", "/month; attestation deadline: ") + deadlineMonths
                    + l.t(" mois", " months"));
            out.println(l.t("mois  arrivées  effacés  en attente  reconditionnés  dépassement stockage",
                    "month  arrivals  erased  backlog  refurbished  storage overflow"));
            for (MonthPlan m : plan.months()) {
                List<String> over = new ArrayList<>();
                for (SiteLoad s : m.sites()) {
                    if (s.overflow() > 0) {
                        over.add(s.siteId() + " +" + s.overflow());
                    }
                }
                out.println(String.format(Locale.ROOT, "%4d  %8d  %7d  %10d  %14d  %s", m.month(), m.arrivals(),
                        m.sanitized(), m.backlog(), m.refurbished(), String.join(", ", over)));
            }
            if (plan.deadlineBreachMonth().isPresent()) {
                out.println(l.t("Délai d'attestation dépassé à partir du mois ",
                        "Attestation deadline breached from month ") + plan.deadlineBreachMonth().getAsInt() + ".");
            } else {
                out.println(l.t("Aucun dépassement du délai d'attestation sur ",
                        "No attestation deadline breach within ") + months + l.t(" mois.", " months."));
            }
            out.println(l.t("Capacité nécessaire : ", "Capacity needed: ") + sizing.sanitizePerMonth()
                    + l.t(" effacements/mois (délai seul : ", " erasures/month (deadline alone: ")
                    + sizing.minimumForDeadline() + l.t(", flux moyen : ", ", average inflow: ")
                    + sizing.averageArrivals() + "), " + sizing.refurbishPerMonth()
                    + l.t(" reconditionnements/mois ; places : ", " refurbishments/month; places: ")
                    + sizing.storagePlaces().entrySet().stream().filter(e -> e.getValue() > 0)
                            .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("0")
                    + ".");
            out.flush();
        }
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static void printViolations(PrintWriter out, Lang l, List<Violation> violations) {
        out.println(violations.size() + l.t(" problème(s) :", " problem(s):"));
        for (Violation v : violations) {
            out.println("  " + (v.path().isEmpty() ? "(document)" : v.path()) + "  " + v.rule() + "  " + v.message());
        }
    }

    /** JSON of {@code check}, same shape as {@code agreement check}. */
    record CheckResult(boolean valid, List<Violation> violations) {
    }

    /** JSON of one site in one month. */
    record SiteJson(String site, int occupancy, int storagePlaces, int overflow, int refurbished) {
    }

    /** JSON of one month: the contract's four fields first, then extras. */
    record MonthJson(int month, int arrivals, int sanitized, int backlog, int refurbished, int refurbishBacklog,
                     Integer oldestWaitingSince, List<SiteJson> sites) {
    }

    /** JSON of the sizing. */
    record SizingJson(int sanitizePerMonth, int minimumForDeadline, int averageArrivals, int refurbishPerMonth,
                      java.util.Map<String, Integer> storagePlaces) {
    }

    /** JSON of {@code capacity}: the contract's {@code months} and {@code deadlineBreachMonth}, then extras. */
    record CapacityResult(List<MonthJson> months, Integer deadlineBreachMonth, int deadlineMonths,
                          int sanitizePerMonth, int refurbishPerMonth, int peakBacklog, Integer firstOverflowMonth,
                          SizingJson sizing) {
        static CapacityResult of(CapacityPlan plan, Sizing sizing) {
            List<MonthJson> months = plan.months().stream().map(m -> new MonthJson(m.month(), m.arrivals(),
                    m.sanitized(), m.backlog(), m.refurbished(), m.refurbishBacklog(),
                    m.oldestWaitingSince() == 0 ? null : m.oldestWaitingSince(),
                    m.sites().stream().map(s -> new SiteJson(s.siteId(), s.occupancy(), s.storagePlaces(),
                            s.overflow(), s.refurbished())).toList())).toList();
            java.util.Map<String, Integer> places = new java.util.LinkedHashMap<>();
            plan.months().get(0).sites().forEach(s -> places.put(s.siteId(), sizing.storagePlaces().get(s.siteId())));
            return new CapacityResult(months,
                    plan.deadlineBreachMonth().isPresent() ? plan.deadlineBreachMonth().getAsInt() : null,
                    plan.deadlineMonths(), plan.sanitizePerMonth(), plan.refurbishPerMonth(), plan.peakBacklog(),
                    plan.firstOverflowMonth().isPresent() ? plan.firstOverflowMonth().getAsInt() : null,
                    new SizingJson(sizing.sanitizePerMonth(), sizing.minimumForDeadline(), sizing.averageArrivals(),
                            sizing.refurbishPerMonth(), places));
        }
    }
}
