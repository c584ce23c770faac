package org.filiere.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.filiere.allocation.Allocation;
import org.filiere.allocation.BeneficiaryRef;
import org.filiere.allocation.DeviceRequest;
import org.filiere.allocation.MatchResult;
import org.filiere.allocation.Matcher;
import org.filiere.allocation.Need;
import org.filiere.allocation.Prescriber;
import org.filiere.allocation.PrescriberKind;
import org.filiere.allocation.PriorityPublic;
import org.filiere.allocation.StockDevice;
import org.filiere.allocation.StockState;
import org.filiere.allocation.SupportPlan;
import org.filiere.device.DeviceCategory;
import java.time.Instant;
import java.time.ZoneId;
import org.filiere.cession.AttestationPolicy;
import org.filiere.ledger.LedgerEntry;
import org.filiere.reporting.attestation.AttestationAgreement;
import org.filiere.reporting.attestation.AttestationOutcome;
import org.filiere.reporting.attestation.ErasureAttestation;
import org.filiere.reporting.attestation.ErasureAttestations;
import org.filiere.reporting.certificate.Person;
import org.filiere.reporting.impact.ImpactSheet;
import org.filiere.reporting.impact.ImpactSheets;
import org.filiere.reporting.impact.SheetScope;
import org.filiere.reporting.journal.Journal;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.reporting.render.AttestationPdf;
import org.filiere.reporting.render.ImpactSheetPdf;
import org.filiere.reporting.render.Language;
import org.filiere.reporting.signature.DocumentSigner;
import org.filiere.sanitization.DefaultSanitizationPolicy;
import org.filiere.sanitization.Technique;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filiere.FiliereException;
import org.filiere.carbon.DonatedDevice;
import org.filiere.carbon.ImpactCalculator;
import org.filiere.carbon.ImpactDisclosure;
import org.filiere.carbon.ImpactReport;
import org.filiere.carbon.Outcome;
import org.filiere.carbon.PartAdded;
import org.filiere.carbon.PartKind;
import org.filiere.cession.CessionAgreement;
import org.filiere.device.Device;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.examples.demo.DemoHub;
import org.filiere.examples.demo.StationCharts;
import org.filiere.examples.topology.ExampleNetworks;
import org.filiere.reporting.carbon.FactorSets;
import org.filiere.reporting.chart.GanttChart;
import org.filiere.reporting.chart.GanttSvg;
import org.filiere.reporting.document.NetworkDocument;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.topology.CapacityPlan;
import org.filiere.topology.CapacityPlanner;
import org.filiere.topology.TransportMode;
import org.filiere.topology.ValidatedNetwork;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.station.Execution;
import org.filiere.wipe.station.PlannerDispatcher;
import org.filiere.wipe.station.SimulatedEngine;
import org.filiere.wipe.station.Station;
import org.filiere.wipe.station.StationListener;
import org.filiere.wipe.station.StationReport;
import org.filiere.wipe.station.StationRunner;
import org.filiere.wipe.station.StationTask;
import org.filiere.wipe.station.TaskOutcome;
import org.filiere.wipe.station.VirtualTime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code filiere demo [--out DIR]}: the workshop report's northern-zone network end to end on embedded data,
 * with no setup: network and capacity outlook, three donation agreements, the policy's decision for every
 * medium, a simulated week at the hub's wipe station (virtual clock), its Gantt chart, the impact sheet.
 * Everything goes under DIR; the terminal gets a short summary naming each file. One instance per invocation
 * (picocli); not thread-safe.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Démonstration de bout en bout sur le réseau de la zone Nord (données embarquées, aucune installation).",
            "End-to-end demo on the northern-zone network (embedded data, no setup)."})
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "filiere-demo",
            description = "Output folder (default: ./${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final String OPERATOR = "bénévole-07";
    private static final String SITE = "Environnement et Solidarité / La Miraille";
    private final List<String[]> written = new ArrayList<>();
    private int certificateCount;
    private int attestationCount;
    private int allocated;

    @Override
    public Integer call() {
        Lang l = common.lang;
        Locale locale = l.locale();
        PrintWriter o = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        mkdirs(out);
        clean(out.resolve("journal.jsonl"), out.resolve("certificates"), out.resolve("attestations"),
                out.resolve("impact"));
        PrintWriter err = spec.commandLine().getErr();
        ZoneId zone = DemoHub.ZONE;
        Language language = l.language();

        // 1. the network and its capacity outlook
        NetworkDocument networkDoc = ExampleNetworks.zoneNord();
        ValidatedNetwork network = networkDoc.toNetwork().validate(networkDoc.topologyPolicy());
        write("network.json", ExampleNetworks.zoneNordJson(), l.t("réseau de la zone Nord", "northern-zone network"));
        CapacityPlan capacity = CapacityPlanner.plan(network, 12, CapacityPlanner.DEFAULT_DEADLINE_MONTHS);
        writeJson("capacity.json", TopologyCommand.CapacityResult.of(capacity,
                CapacityPlanner.size(network, 12, CapacityPlanner.DEFAULT_DEADLINE_MONTHS)),
                l.t("perspective de capacité sur 12 mois", "12-month capacity outlook"));

        // 2. the agreements
        List<DemoHub.LoadedAgreement> loaded = DemoHub.agreements(locale);
        List<CessionAgreement> agreements = new ArrayList<>();
        for (DemoHub.LoadedAgreement a : loaded) {
            if (!a.check().valid()) {
                throw new FiliereException("a shipped demo agreement is invalid").with("resource", a.resource())
                        .with("violations", a.check().violations());
            }
            agreements.add(a.agreement());
            write("agreements/" + a.fileName(), a.json(), l.t("convention ", "agreement ") + a.agreement().id());
        }

        // 3. the policy's decision for every medium
        List<DemoHub.MediumDecision> decisions = DemoHub.decisions(agreements);
        List<Map<String, Object>> decisionJson = new ArrayList<>();
        for (DemoHub.MediumDecision d : decisions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("agreement", d.agreement().id());
            m.put("device", d.device().identifier().orElse(""));
            m.put("medium", d.medium().serialNumber());
            m.put("mediaType", d.medium().type());
            m.put("requiredLevel", d.decision().requiredLevel());
            m.put("technique", d.technique());
            m.put("achieves", d.decision().preferred().achieves());
            m.put("because", d.decision().because().in(locale));
            m.put("destruction", d.decision().destructionReason().map(Enum::name).orElse(null));
            decisionJson.add(m);
        }
        writeJson("decisions.json", decisionJson, l.t("décision de la politique pour chaque support",
                "the policy's decision for each medium"));

        // 4. the simulated run at the hub's station
        Station station = DemoHub.station();
        List<StationTask> tasks = decisions.stream().filter(DemoHub.MediumDecision::atStation).map(DemoHub::task)
                .toList();
        org.filiere.wipe.schedule.Plan plan = new org.filiere.wipe.schedule.WipePlanner().plan(
                PlannerDispatcher.toStation(station), new org.filiere.wipe.schedule.Workload(DemoHub.START,
                        tasks.stream().map(PlannerDispatcher::toTask).toList()));
        writeJson("plan.json", PlanCommand.toJson(plan, DemoHub.ZONE), l.t(
                "plan du planificateur (contrat plan.md)", "the planner's plan (plan.md contract)"));
        Map<String, org.filiere.sanitization.Technique> techniques = new LinkedHashMap<>();
        tasks.forEach(t -> techniques.put(t.id(), t.job().technique()));
        write("plan.svg", GanttSvg.render(StationCharts.ofPlan(l.t("Plan prévu — ", "Planned — ") + stationTitle(l),
                station, plan, techniques, DemoHub.ZONE), locale), l.t("diagramme de Gantt du plan prévu",
                "Gantt chart of the plan"));
        VirtualTime time = new VirtualTime(DemoHub.START);
        Map<String, DemoHub.MediumDecision> bySerial = new LinkedHashMap<>();
        decisions.forEach(d -> bySerial.put(d.medium().serialNumber(), d));
        DocumentSigner signer = Signers.resolve(null, out, err, l);
        Path certificates = out.resolve("certificates");
        StationReport report;
        try (Journal journal = Journal.open(out.resolve("journal.jsonl"), time.clock())) {
            for (CessionAgreement a : agreements) {
                journal.append(new LedgerEntry.AgreementRecorded(a, time.now()));
            }
            SimulatedEngine engine = new SimulatedEngine(time, new WipeContext(time.clock(), OPERATOR, "miraille"),
                    station, DemoHub::behaviour);
            StationListener certify = new StationListener() {
                @Override
                public void onOutcome(TaskOutcome outcome) {
                    if (outcome instanceof TaskOutcome.Erased e) {
                        DemoHub.MediumDecision d = bySerial.get(e.task().mediumSerial());
                        CertificateFiles.write(e.record(), e.task().required(), d.medium(), d.agreement(), null,
                                d.device(), "station", SITE, signer, journal, certificates, language, zone,
                                time.clock());
                    }
                }
            };
            report = new StationRunner(station, engine, journal, time, new PlannerDispatcher()).run(tasks, certify);

            // media the station gave up on, and those the policy sends straight to destruction, are shredded
            // by the partner the next opening morning; the individual's disk is reinstalled at refurbishment
            Instant morning = station.openingHours().nextStart(report.endedAt().plus(Duration.ofHours(12)),
                    Duration.ofHours(1));
            List<String> toDestroy = new ArrayList<>();
            report.outcomes(TaskOutcome.ForDestruction.class).forEach(f -> toDestroy.add(f.task().mediumSerial()));
            decisions.stream().filter(d -> d.technique().isDestructive())
                    .forEach(d -> toDestroy.add(d.medium().serialNumber()));
            for (String serial : toDestroy) {
                DemoHub.MediumDecision d = bySerial.get(serial);
                SanitizationRecord r = DemoHub.destruction(d.medium(), morning, OPERATOR);
                journal.append(new LedgerEntry.SanitizationRecorded(r));
                CertificateFiles.write(r, d.decision().requiredLevel(), d.medium(), d.agreement(), null, d.device(),
                        "station", SITE, signer, journal, certificates, language, zone, Clock.fixed(r.endedAt(), zone));
                morning = r.endedAt();
            }
            for (DemoHub.MediumDecision d : decisions) {
                if (d.technique() == Technique.OS_REINSTALL) {
                    journal.append(new LedgerEntry.SanitizationRecorded(DemoHub.reinstall(d.medium(), morning,
                            OPERATOR)));
                }
            }
            certificateCount = journal.state().latestRecords().keySet().stream()
                    .mapToInt(sn -> journal.state().certificates(sn).size()).sum();

            // attestations, one per agreement, once every medium is proven sanitized or destroyed
            Clock issue = Clock.fixed(morning.plus(Duration.ofHours(2)), zone);
            for (CessionAgreement a : agreements) {
                AttestationOutcome ao = ErasureAttestations.prepare(AttestationAgreement.from(a,
                        DefaultSanitizationPolicy.STANDARD), journal.state(), AttestationPolicy.DEFAULT,
                        Person.named("Coordination technique, E&S La Miraille"), SITE, issue);
                if (ao instanceof AttestationOutcome.Ready ready) {
                    ErasureAttestation signed = signer.sign(ready.attestation());
                    writeJson("attestations/" + signed.id() + ".json", JsonDocuments.writePretty(signed),
                            l.t("attestation d'effacement ", "erasure attestation ") + a.id());
                    writeBytes("attestations/" + signed.id() + ".pdf", AttestationPdf.render(signed, language, zone),
                            l.t("attestation (PDF) ", "attestation (PDF) ") + a.id());
                    attestationCount++;
                } else {
                    err.println(l.t("Attestation impossible pour ", "No attestation for ") + a.id() + " : "
                            + ((AttestationOutcome.Refused) ao).missing());
                }
            }
        }
        written.add(new String[] {"journal.jsonl", l.t("journal chaîné (filiere journal verify)",
                "hash-chained journal (filiere journal verify)")});
        written.add(new String[] {"certificates/", certificateCount + l.t(" certificats signés (JSON + PDF)",
                " signed certificates (JSON + PDF)")});
        written.add(new String[] {"keys/", l.t("clé de signature de la démo (Ed25519)", "the demo's signing key (Ed25519)")});
        writeJson("station-run.json", runJson(report), l.t("déroulé simulé de la station (chaque tentative, chaque baie)",
                "simulated station run (every attempt, every bay)"));

        // 5. the Gantt chart of the run
        GanttChart chart = StationCharts.of(l.t("Déroulé simulé — ", "Simulated run — ") + stationTitle(l), station,
                report, DemoHub.ZONE);
        String svg = GanttSvg.render(chart, locale);
        write("gantt.svg", svg, l.t("diagramme de Gantt du déroulé (une ligne par baie)",
                "Gantt chart of the run (one row per bay)"));
        write("gantt.html", html(chart.title(), svg, report, l), l.t("diagramme et tableau des tâches",
                "chart and task table"));

        // 6. the impact sheets: all donors, then one per agreement for each donor's CSR report
        List<DonatedDevice> donated = donated(agreements, report);
        ImpactReport impact = ImpactCalculator.withDefaults(FactorSets.defaultSet()).report(donated);
        writeJson("impact.json", ImpactCommand.toJson(impact, ImpactDisclosure.of(FactorSets.defaultSet(), impact)),
                l.t("impact CO2 / réemploi de l'ensemble (JSON)", "CO2 / reuse impact of the whole (JSON)"));
        Clock sheetClock = Clock.fixed(report.endedAt().plus(Duration.ofDays(3)), zone);
        for (CessionAgreement a : agreements) {
            ImpactSheet sheet = signer.sign(ImpactSheets.build(donated, SheetScope.agreement(a.id()),
                    ImpactCalculator.withDefaults(FactorSets.defaultSet()), "E&S La Miraille", sheetClock));
            writeJson("impact/" + sheet.id() + ".json", JsonDocuments.writePretty(sheet),
                    l.t("fiche d'impact signée ", "signed impact sheet ") + a.id());
            writeBytes("impact/" + sheet.id() + ".pdf", ImpactSheetPdf.render(sheet, language, zone),
                    l.t("fiche d'impact (PDF) ", "impact sheet (PDF) ") + a.id());
        }

        // 7. allocation of the refurbished machines through prescribers, with after-donation support plans
        writeJson("allocations.json", allocations(agreements, report), l.t(
                "attributions via les prescripteurs et plans d'accompagnement (5 séances)",
                "allocations through prescribers and support plans (5 sessions)"));

        summary(o, l, network, capacity, agreements, decisions, report, impact, Duration.ofNanos(System.nanoTime() - t0));
        return ExitCodes.OK;
    }

    /**
     * The machines whose media are proven sanitized go to stock after refurbishment (Linux Mint); five requests
     * from prescribers are matched (priority publics first) and each delivery opens a support plan.
     */
    private Map<String, Object> allocations(List<CessionAgreement> agreements, StationReport report) {
        LocalDate ready = report.endedAt().atZone(DemoHub.ZONE).toLocalDate().plusDays(7);
        List<StockDevice> stock = new ArrayList<>();
        for (CessionAgreement a : agreements) {
            for (Device d : a.devices()) {
                if (d.media().isEmpty() || !(d.category() == DeviceCategory.LAPTOP
                        || d.category() == DeviceCategory.DESKTOP)) {
                    continue;
                }
                long gb = d.media().get(0).capacityBytes() == null ? 128 : d.media().get(0).capacityBytes() / 1_000_000_000L;
                stock.add(new StockDevice(d.identifier().orElseThrow(), d.category(), 8, (int) gb, StockState.AVAILABLE,
                        ready));
            }
        }
        Prescriber franceServices = new Prescriber("FS-ARG", "France Services Argentière", PrescriberKind.FRANCE_SERVICES);
        Prescriber ccas = new Prescriber("CCAS-EMB", "CCAS d'Embrun", PrescriberKind.SOCIAL_SERVICES);
        Prescriber mediation = new Prescriber("MED-GAP", "Médiathèque de Gap, médiation numérique",
                PrescriberKind.DIGITAL_MEDIATION);
        LocalDate asked = ready.minusDays(30);
        List<DeviceRequest> requests = List.of(
                new DeviceRequest("R-031", franceServices, new BeneficiaryRef("B-7F3A"),
                        Set.of(PriorityPublic.ISOLATED_SENIOR), new Need(DeviceCategory.LAPTOP, 4, 120, Set.of()), asked),
                new DeviceRequest("R-032", ccas, new BeneficiaryRef("B-2C91"),
                        Set.of(PriorityPublic.DEMATERIALISATION_CONSTRAINED),
                        new Need(DeviceCategory.LAPTOP, 4, 120, Set.of()), asked.plusDays(2)),
                new DeviceRequest("R-033", ccas, new BeneficiaryRef("B-0D44"), Set.of(PriorityPublic.ILLITERACY),
                        new Need(DeviceCategory.DESKTOP, 4, 200, Set.of()), asked.plusDays(5)),
                new DeviceRequest("R-034", mediation, new BeneficiaryRef("B-88E1"), Set.of(),
                        new Need(DeviceCategory.LAPTOP, 8, 250, Set.of()), asked.plusDays(9)),
                new DeviceRequest("R-035", franceServices, new BeneficiaryRef("B-5A17"), Set.of(),
                        new Need(DeviceCategory.DESKTOP, 8, 240, Set.of()), asked.plusDays(12)));
        MatchResult match = Matcher.propose(stock, requests);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stock", stock.size());
        m.put("allocations", match.allocations());
        m.put("unserved", match.unserved());
        List<Map<String, Object>> plans = new ArrayList<>();
        LocalDate delivered = ready.plusDays(3);
        for (Allocation a : match.allocations()) {
            DeviceRequest r = requests.stream().filter(x -> x.id().equals(a.requestId())).findFirst().orElseThrow();
            SupportPlan plan = new SupportPlan(a.requestId(), a.deviceId(), r.prescriber().kind(), delivered,
                    SupportPlan.DEFAULT_SESSIONS, SupportPlan.DEFAULT_INTERVAL_DAYS, List.of());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("requestId", a.requestId());
            p.put("deviceId", a.deviceId());
            p.put("prescriber", r.prescriber().name());
            p.put("deliveredOn", delivered.toString());
            p.put("expectedSessions", plan.expectedSessions());
            List<String> due = new ArrayList<>();
            for (int k = 1; k <= plan.expectedSessions(); k++) {
                due.add(plan.dueDate(k).toString());
            }
            p.put("sessionsDue", due);
            plans.add(p);
        }
        m.put("supportPlans", plans);
        allocated = match.allocations().size();
        return m;
    }

    private static String stationTitle(Lang l) {
        return l.t("station de La Miraille, dock USB 3.0 8 baies + baie SATA, ouverte du mardi au samedi 9 h–17 h",
                "La Miraille station, 8-bay USB 3.0 dock + SATA bay, open Tuesday to Saturday 9:00–17:00");
    }

    private static List<DonatedDevice> donated(List<CessionAgreement> agreements, StationReport report) {
        Map<String, Double> km = DemoHub.transportKm();
        List<String> destroyed = new ArrayList<>();
        for (TaskOutcome.ForDestruction d : report.outcomes(TaskOutcome.ForDestruction.class)) {
            destroyed.add(d.task().mediumSerial());
        }
        List<DonatedDevice> devices = new ArrayList<>();
        for (CessionAgreement a : agreements) {
            for (Device d : a.devices()) {
                List<PartAdded> parts = new ArrayList<>();
                for (StorageMedium m : d.media()) {
                    boolean replaced = destroyed.contains(m.serialNumber())
                            || DemoHub.decisions(List.of(a)).stream().anyMatch(x -> x.medium().serialNumber()
                            .equals(m.serialNumber()) && x.technique().isDestructive());
                    if (replaced) {
                        parts.add(new PartAdded(m.type() == MediaType.ATA_HDD ? PartKind.SSD : PartKind.SSD, 1));
                    }
                }
                devices.add(new DonatedDevice(d.category(), Outcome.REUSED, km.getOrDefault(a.id(), 0.0),
                        TransportMode.VAN, parts, null, a.donor().name(), a.id(), "miraille", a.collectedOn()));
            }
        }
        return devices;
    }

    private static Map<String, Object> runJson(StationReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startedAt", report.startedAt().toString());
        m.put("endedAt", report.endedAt().toString());
        m.put("makespanSeconds", report.makespan().getSeconds());
        List<Map<String, Object>> ex = new ArrayList<>();
        for (Execution e : report.executions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("taskId", e.task().id());
            x.put("dockId", e.bay().dockId());
            x.put("bay", e.bay().number());
            x.put("attempt", e.attempt());
            x.put("technique", e.task().job().technique());
            x.put("loadedAt", e.loadedAt().toString());
            x.put("ioStart", e.ioStart().toString());
            x.put("end", e.end().toString());
            x.put("succeeded", e.succeeded());
            ex.add(x);
        }
        m.put("executions", ex);
        List<Map<String, Object>> oc = new ArrayList<>();
        for (TaskOutcome t : report.outcomes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("taskId", t.task().id());
            x.put("outcome", t.getClass().getSimpleName());
            if (t instanceof TaskOutcome.ForDestruction d) {
                x.put("reason", d.reason());
            }
            oc.add(x);
        }
        m.put("outcomes", oc);
        return m;
    }

    private static String html(String title, String svg, StationReport report, Lang l) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"").append(l == Lang.EN ? "en" : "fr").append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><style>body{font-family:sans-serif;margin:1em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;font-size:12px}"
                        + "</style></head><body>\n<h1>").append(esc(title)).append("</h1>\n").append(svg)
                .append("<table><tr><th>").append(l.t("support", "medium")).append("</th><th>")
                .append(l.t("baie", "bay")).append("</th><th>").append(l.t("tentative", "attempt")).append("</th><th>")
                .append(l.t("début", "start")).append("</th><th>").append(l.t("fin", "end")).append("</th><th>")
                .append(l.t("résultat", "result")).append("</th></tr>\n");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", l.locale())
                .withZone(DemoHub.ZONE);
        for (Execution e : report.executions()) {
            s.append("<tr><td>").append(esc(e.task().id())).append("</td><td>").append(e.bay()).append("</td><td>")
                    .append(e.attempt()).append("</td><td>").append(f.format(e.loadedAt())).append("</td><td>")
                    .append(f.format(e.end())).append("</td><td>")
                    .append(e.succeeded() ? l.t("effacé", "erased") : l.t("échec", "failed")).append("</td></tr>\n");
        }
        return s.append("</table></body></html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** One file of the summary, as --json prints it. */
    private record WrittenFile(String path, String what) {
    }

    private void summary(PrintWriter o, Lang l, ValidatedNetwork network, CapacityPlan capacity,
                         List<CessionAgreement> agreements, List<DemoHub.MediumDecision> decisions,
                         StationReport report, ImpactReport impact, Duration took) {
        int media = decisions.size();
        long station = decisions.stream().filter(DemoHub.MediumDecision::atStation).count();
        long reinstall = decisions.stream().filter(d -> d.technique() == org.filiere.sanitization.Technique.OS_REINSTALL)
                .count();
        long destroyNow = decisions.stream().filter(d -> d.technique().isDestructive()).count();
        int devices = agreements.stream().mapToInt(a -> a.devices().size()).sum();
        if (common.json) {
            // --json: one document on stdout and nothing else (the contract's general rule)
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("out", out.toString());
            m.put("sites", network.network().sites().size());
            m.put("deadlineBreachMonth", capacity.deadlineBreachMonth().isPresent()
                    ? capacity.deadlineBreachMonth().getAsInt() : null);
            m.put("agreements", agreements.size());
            m.put("devices", devices);
            m.put("media", media);
            m.put("erased", report.outcomes(TaskOutcome.Erased.class).size());
            m.put("forDestruction", report.outcomes(TaskOutcome.ForDestruction.class).size());
            m.put("certificates", certificateCount);
            m.put("attestations", attestationCount);
            m.put("allocations", allocated);
            m.put("avoidedKgCO2e", impact.totals().avoidedKgCO2e());
            m.put("files", written.stream().map(w -> new WrittenFile(w[0], w[1])).toList());
            m.put("seconds", took.toMillis() / 1000.0);
            CommonOptions.printJson(o, m);
            return;
        }
        o.println(l.t("filière — démonstration de bout en bout (zone Nord)", "filière — end-to-end demo (northern zone)"));
        o.println(l.t("  Réseau : ", "  Network: ") + network.network().sites().size() + l.t(" sites ; capacité : ",
                " sites; capacity: ") + (capacity.deadlineBreachMonth().isPresent()
                ? l.t("délai de 6 mois dépassé au mois ", "6-month deadline breached in month ")
                        + capacity.deadlineBreachMonth().getAsInt()
                : l.t("délai de 6 mois tenu sur 12 mois", "6-month deadline held over 12 months")));
        o.println(l.t("  Conventions : ", "  Agreements: ") + agreements.size() + " (" + devices
                + l.t(" appareils, ", " devices, ") + media + l.t(" supports) — toutes valides", " media) — all valid"));
        o.println(l.t("  Politique : ", "  Policy: ") + station + l.t(" supports à effacer à la station, ",
                " media to erase at the station, ") + reinstall + l.t(" réinstallation(s), ", " reinstall(s), ")
                + destroyNow + l.t(" destruction(s) décidée(s) d'emblée", " destruction(s) decided upfront"));
        int erased = report.outcomes(TaskOutcome.Erased.class).size();
        int retried = (int) report.outcomes(TaskOutcome.Erased.class).stream().filter(e -> e.attempts() > 1).count();
        int destroy = report.outcomes(TaskOutcome.ForDestruction.class).size();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", l.locale())
                .withZone(DemoHub.ZONE);
        o.println(l.t("  Station (simulée) : ", "  Station (simulated): ") + erased + l.t(" effacés et vérifiés (dont ",
                " erased and verified (") + retried + l.t(" après une nouvelle tentative), ", " after a retry), ") + destroy
                + l.t(" à détruire ; du ", " to destroy; from ") + f.format(report.startedAt()) + l.t(" au ", " to ")
                + f.format(report.endedAt()));
        o.println(String.format(Locale.ROOT, l.t("  Impact : %.0f kg CO2e évités (%.0f–%.0f)",
                "  Impact: %.0f kg CO2e avoided (%.0f–%.0f)"), impact.totals().avoidedKgCO2e(),
                impact.totals().avoidedKgCO2eLow(), impact.totals().avoidedKgCO2eHigh()));
        o.println(l.t("  Documents : ", "  Documents: ") + certificateCount + l.t(" certificats, ", " certificates, ")
                + attestationCount + l.t(" attestations, ", " attestations, ") + agreements.size()
                + l.t(" fiches d'impact — signés Ed25519", " impact sheets — Ed25519-signed"));
        o.println(l.t("  Attributions : ", "  Allocations: ") + allocated + l.t(
                " ordinateurs attribués via les prescripteurs, 5 séances d'accompagnement prévues pour chacun",
                " computers allocated through prescribers, 5 support sessions planned for each"));
        o.println(l.t("Fichiers écrits dans ", "Files written to ") + out + " :");
        for (String[] w : written) {
            o.println(String.format("  %-44s %s", w[0], w[1]));
        }
        o.println(l.t("Terminé en ", "Done in ") + String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0));
        o.flush();
    }

    private void writeJson(String name, String text, String what) {
        write(name, text, what);
    }

    private void writeBytes(String name, byte[] bytes, String what) {
        Path p = out.resolve(name);
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new FiliereException("cannot write demo output", e).with("file", p);
        }
        written.add(new String[] {name, what});
    }

    private static void clean(Path... paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                continue;
            }
            try (var walk = Files.walk(p)) {
                for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(q);
                }
            } catch (IOException e) {
                throw new FiliereException("cannot clean the previous demo output", e).with("path", p);
            }
        }
    }

    private void writeJson(String name, Object value, String what) {
        try {
            write(name, CommonOptions.jsonOut().writeValueAsString(value) + "\n", what);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new FiliereException("cannot write JSON", e).with("file", name);
        }
    }

    private void write(String name, String content, String what) {
        Path p = out.resolve(name);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FiliereException("cannot write demo output", e).with("file", p);
        }
        written.add(new String[] {name, what});
    }

    private static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new FiliereException("cannot create the output folder", e).with("dir", dir);
        }
    }


}
