package org.filiere.examples.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.filiere.FiliereException;
import org.filiere.cession.AttestationPolicy;
import org.filiere.cession.CessionAgreement;
import org.filiere.device.Device;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.ledger.LedgerEntry;
import org.filiere.ledger.LedgerState;
import org.filiere.reporting.document.AgreementCheck;
import org.filiere.reporting.document.AgreementDocuments;
import org.filiere.reporting.journal.Journal;
import org.filiere.reporting.render.Language;
import org.filiere.reporting.signature.DocumentSigner;
import org.filiere.sanitization.DefaultSanitizationPolicy;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.LevelRequirement;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.wipe.discovery.BlockDevice;
import org.filiere.wipe.discovery.DiscoveredDrive;
import org.filiere.wipe.discovery.DriveDiscovery;
import org.filiere.wipe.discovery.LsblkParser;
import org.filiere.wipe.engine.OverwriteOptions;
import org.filiere.wipe.engine.VerifyPasses;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeEngine;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeTarget;
import org.filiere.wipe.guard.GuardRequest;
import org.filiere.wipe.guard.GuardVerdict;
import org.filiere.wipe.guard.GuardedEngine;
import org.filiere.wipe.guard.Refusal;
import org.filiere.wipe.guard.SafetyGuard;
import org.filiere.wipe.nwipe.NwipeConfig;
import org.filiere.wipe.nwipe.NwipeEngine;
import org.filiere.wipe.nwipe.NwipeMethod;
import org.filiere.wipe.process.ProcessResult;
import org.filiere.wipe.process.ProcessRunner;
import org.filiere.wipe.process.ProcessSpec;
import org.filiere.wipe.process.SystemProcessRunner;
import org.filiere.wipe.station.Bay;
import org.filiere.wipe.station.GreedyDispatcher;
import org.filiere.wipe.station.SimulatedDrive;
import org.filiere.wipe.station.SimulatedEngine;
import org.filiere.wipe.station.Station;
import org.filiere.wipe.station.StationListener;
import org.filiere.wipe.station.StationReport;
import org.filiere.wipe.station.StationRunner;
import org.filiere.wipe.station.StationTask;
import org.filiere.wipe.station.StationTime;
import org.filiere.wipe.station.TaskOutcome;
import org.filiere.wipe.station.Workload;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code filiere wipe --device PATH... [--engine nwipe|simulated] [--method M] [--verify off|last|all]
 * [--agreement ID|FILE] --journal FILE --out DIR [--yes]}: wipes the named block devices in parallel (one tool
 * process each) through the station runner. Every device is vetted by the safety guard first: any refusal
 * stops everything before anything is written. Every outcome is journalled before it is shown; each device
 * erased and verified gets a signed certificate (JSON + PDF) in {@code DIR/certificates}. Running it again with
 * the same journal does not redo devices already erased. Ctrl-C ends the tools and leaves the journal
 * consistent. Exit 0 when every device is erased, 1 on a refusal or a failed wipe, 2 on usage or I/O errors.
 * Not thread-safe: picocli fills one instance per invocation.
 */
@Command(name = "wipe",
        mixinStandardHelpOptions = true,
        description = {
            "Efface des périphériques bloc en parallèle (un processus par disque), journalise et certifie.",
            "Wipes block devices in parallel (one process per disk), journals and certifies.",
            "Exit: 0 all erased, 1 refused or failed, 2 usage or I/O error."})
public final class WipeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--device", paramLabel = "PATH", required = true, arity = "1..*",
            description = "Block device(s) to wipe (/dev/sdb, /dev/disk/by-id/..., /dev/loop0).")
    List<Path> devices;

    @Option(names = "--engine", defaultValue = "nwipe", description = "nwipe (default) or simulated.")
    String engine;

    @Option(names = "--method", defaultValue = "zero", description = "nwipe method (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--rounds", defaultValue = "1", description = "Rounds of the method (default: 1).")
    int rounds;

    @Option(names = "--verify", defaultValue = "last", description = "off, last (default) or all.")
    String verify;

    @Option(names = "--agreement", paramLabel = "ID|FILE",
            description = "The donation agreement: its JSON file, or its id when it is registered in the journal"
                    + " (serials are checked against it and the level comes from it); an unknown id is only"
                    + " written on certificates.")
    String agreement;

    @Option(names = "--journal", paramLabel = "FILE", required = true, description = "The station's journal.")
    Path journalFile;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where certificates go.")
    Path out;

    @Option(names = "--yes", description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = "--key", paramLabel = "PEM", description = "Signing key (default: DIR/keys, created once).")
    Path key;

    @Option(names = "--operator", defaultValue = "${env:USER:-operator}", description = "Who runs the station.")
    String operator;

    @Option(names = "--site", defaultValue = "miraille", description = "Site id (default: ${DEFAULT-VALUE}).")
    String site;

    @Option(names = "--simulated-mbps", defaultValue = "400",
            description = "Speed of the simulated engine's drives in MB/s (default: ${DEFAULT-VALUE}).")
    double simulatedMbps;

    @Option(names = "--zone", defaultValue = "Europe/Paris", description = "Time zone of certificates.")
    String zone;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The clock; tests may replace it. */
    Clock clock = Clock.systemUTC();
    /** Runs the tools; tests may replace it. */
    ProcessRunner runner = new SystemProcessRunner();
    /** When not null, decides whether a console is attached (tests). */
    Boolean terminalOverride;

    /** One device to wipe, as identified before anything runs. */
    private record Target(Path path, StorageMedium medium, String expectedSerial, Level required, Device device) {
    }

    @Override
    public Integer call() throws IOException {
        Lang l = common.lang;
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!engine.equals("nwipe") && !engine.equals("simulated")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--engine: nwipe or simulated");
        }
        if (NwipeMethod.fromCliName(method).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--method: unknown nwipe method " + method);
        }
        VerifyPasses verifyPasses;
        try {
            verifyPasses = VerifyPasses.parse(verify);
        } catch (FiliereException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--verify: off, last or all");
        }
        if (rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
        }
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            // checked before any confirmation is asked, not after the operator said yes
            throw new CommandLine.ParameterException(spec.commandLine(), "--zone: unknown time zone " + zone);
        }
        CessionAgreement cession = null;
        String agreementId = agreement;
        if (agreement != null && (agreement.endsWith(".json") || Files.isRegularFile(Path.of(agreement)))) {
            AgreementCheck check = AgreementDocuments.check(Path.of(agreement), AttestationPolicy.DEFAULT,
                    l.locale());
            cession = check.agreementIfMapped().orElseThrow(() -> new FiliereException(
                    "agreement cannot be read: " + check.violations()).with("file", agreement));
            agreementId = cession.id();
        } else if (agreement != null && Files.isRegularFile(journalFile)) {
            // an agreement registered in the journal (filiere journal add-agreement) is checked like a file
            cession = Journal.read(journalFile).state().agreement(agreement).orElse(null);
        }

        // 1. identify and vet every device before anything is written
        refuseDeviceNamedTwice();
        Set<Path> named = new LinkedHashSet<>(devices);
        SafetyGuard guard = SafetyGuard.system(runner);
        DriveDiscovery discovery = new DriveDiscovery(runner);
        List<Target> targets = new ArrayList<>();
        Map<Path, List<String>> refusals = new LinkedHashMap<>();
        for (Path p : devices) {
            Optional<StorageMedium> found = identify(discovery, p);
            StorageMedium medium = found.orElse(StorageMedium.of(MediaType.ATA_HDD, "path:" + p, null));
            String expected = null;
            Level required = Level.CLEAR;
            Device device = null;
            List<String> problems = new ArrayList<>();
            if (cession != null) {
                for (Device d : cession.devices()) {
                    if (d.medium(medium.serialNumber()).isPresent()) {
                        device = d;
                    }
                }
                if (device == null) {
                    problems.add(l.t("numéro de série ", "serial ") + medium.serialNumber()
                            + l.t(" absent de la convention ", " not in agreement ") + agreementId);
                } else {
                    StorageMedium declared = device.medium(medium.serialNumber()).orElseThrow();
                    expected = declared.serialNumber();
                    LevelRequirement req = DefaultSanitizationPolicy.STANDARD.requiredLevel(
                            cession.donor().kind(), cession.confidentiality(), declared.type());
                    required = req.level().satisfies(Level.CLEAR) ? req.level() : Level.CLEAR;
                }
            }
            GuardVerdict v = guard.check(new GuardRequest(p, named, expected, null));
            if (v instanceof GuardVerdict.Refused r) {
                for (Refusal rf : r.refusals()) {
                    problems.add(rf.toString());
                }
            }
            if (required.satisfies(Level.PURGE)) {
                problems.add(l.t("le niveau requis " + required + " n'est pas atteint par une réécriture",
                        "the required level " + required + " is not reached by an overwrite"));
            }
            if (!problems.isEmpty()) {
                refusals.put(p, problems);
            }
            targets.add(new Target(p, medium, expected, required, device));
        }
        if (!refusals.isEmpty()) {
            err.println(l.t("Refusé : rien n'a été écrit.", "Refused: nothing was written."));
            refusals.forEach((p, ps) -> ps.forEach(s -> err.println("  " + p + " : " + s)));
            err.flush();
            if (common.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("refused", refusals.entrySet().stream().map(e -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("device", e.getKey().toString());
                    one.put("reasons", e.getValue());
                    return one;
                }).toList());
                CommonOptions.printJson(o, m);
            }
            return ExitCodes.PROBLEM;
        }

        // 2. confirmation
        boolean terminal = terminalOverride != null ? terminalOverride : System.console() != null;
        if (!yes && !confirm(targets, err, l)) {
            return ExitCodes.PROBLEM;
        }

        // 3. the run, journal first
        Files.createDirectories(out);
        WipeContext ctx = new WipeContext(clock, operator, site);
        OverwriteOptions options = new OverwriteOptions(method, rounds, verifyPasses, true);
        int passes = SimulatedEngine.passes(options);
        WipeEngine inner = engine.equals("nwipe")
                ? new NwipeEngine(runner, ctx, NwipeConfig.defaults(out.resolve("logs")))
                : new SimulatedEngine(StationTime.real(), ctx, null,
                        m -> SimulatedDrive.healthy(simulatedMbps, 5));
        WipeEngine guarded = new GuardedEngine(inner, guard, ctx, named);
        Station station = Station.attached(targets.size(), 1e6);
        List<StationTask> tasks = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            WipeTarget wt = new WipeTarget(t.path, t.medium, t.expectedSerial);
            long capacity = t.medium.capacityBytes() == null ? 1 : Math.max(1, t.medium.capacityBytes());
            tasks.add(new StationTask(t.medium.serialNumber(), WipeJob.overwrite(wt, options), t.required,
                    Workload.overwrite(capacity, 200, passes), null, new Bay("local", i + 1)));
        }
        Language lang = l.language();
        List<Map<String, Object>> results = new ArrayList<>();
        int exit;
        try (Journal journal = Journal.open(journalFile, clock)) {
            DocumentSigner signer = Signers.resolve(key, out, err, l);
            StationRunner stationRunner = new StationRunner(station, guarded, journal, StationTime.real(),
                    new GreedyDispatcher());
            WipeProgressView view = new WipeProgressView(err, terminal && !common.json, l, clock);
            final String agreementRef = agreementId;
            final CessionAgreement cessionRef = cession;
            StationListener listener = new StationListener() {
                @Override
                public void onRecovered(LedgerEntry.WipeStarted w) {
                    err.println(l.t("Reprise : l'effacement de ", "Recovery: the wipe of ") + w.mediumSerial() + " ("
                            + w.devicePath() + l.t(") avait été interrompu ; il est refait.",
                            ") had been interrupted; it is redone."));
                    err.flush();
                }

                @Override
                public void onLoad(StationTask task, Bay bay, int attempt) {
                    view.onLoad(task, bay, attempt);
                }

                @Override
                public void onProgress(StationTask task, Bay bay, org.filiere.wipe.engine.Progress p) {
                    view.onProgress(task, bay, p);
                }

                @Override
                public void onRetry(StationTask task, Bay bay, String reason) {
                    view.onRetry(task, bay, reason);
                }

                @Override
                public void onOutcome(TaskOutcome outcome) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("device", outcome.task().job().target().device().toString());
                    r.put("serial", outcome.task().mediumSerial());
                    r.put("outcome", outcome.getClass().getSimpleName());
                    SanitizationRecord rec = outcome instanceof TaskOutcome.Erased e ? e.record()
                            : outcome instanceof TaskOutcome.AlreadyErased a ? a.record() : null;
                    if (rec != null) {
                        LedgerState st = journal.state();
                        Optional<LedgerEntry.CertificateIssued> existing = st.certificates(rec.mediumSerial()).stream()
                                .filter(c -> Files.exists(Path.of(c.file()))).reduce((a, b) -> b);
                        r.put("certificate", existing.map(LedgerEntry.CertificateIssued::file).orElseGet(() ->
                                certify(rec, outcome.task(), targets, agreementRef, cessionRef, signer, journal, lang,
                                        zoneId)));
                    }
                    if (outcome instanceof TaskOutcome.ForDestruction d) {
                        r.put("reason", d.reason());
                    }
                    results.add(r);
                    view.onOutcome(outcome);
                }
            };
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                stationRunner.cancel();
                try {
                    finished.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "filiere-wipe-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            StationReport report;
            try {
                report = stationRunner.run(tasks, listener);
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already shutting down (Ctrl-C): the hook is running and waits for us
                }
            }
            exit = report.allErased() ? ExitCodes.OK : ExitCodes.PROBLEM;
            if (common.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("allErased", report.allErased());
                m.put("journal", journalFile.toString());
                m.put("devices", results);
                CommonOptions.printJson(o, m);
            } else {
                long ok = report.outcomes().stream().filter(TaskOutcome::erased).count();
                o.println(l.t("Effacés : ", "Erased: ") + ok + " / " + report.outcomes().size()
                        + l.t(" — journal ", " — journal ") + journalFile + l.t(" — certificats dans ",
                        " — certificates in ") + out.resolve("certificates"));
                for (Map<String, Object> r : results) {
                    o.println("  " + r.get("device") + " (" + r.get("serial") + ") : " + r.get("outcome")
                            + (r.containsKey("certificate") ? " → " + r.get("certificate") : "")
                            + (r.containsKey("reason") ? " — " + r.get("reason") : ""));
                }
                o.flush();
            }
        }
        return exit;
    }

    private String certify(SanitizationRecord rec, StationTask task, List<Target> targets, String agreementId,
                           CessionAgreement cession, DocumentSigner signer, Journal journal, Language lang,
                           ZoneId zoneId) {
        Target t = targets.stream().filter(x -> x.medium.serialNumber().equals(task.mediumSerial())).findFirst()
                .orElseThrow();
        return CertificateFiles.write(rec, task.required(), t.medium, cession, agreementId, t.device,
                t.path.toString(), site, signer, journal, out.resolve("certificates"), lang, zoneId, clock).toString();
    }

    /**
     * Two names for one device (the same path twice, or a link and its target) would start two tools writing to
     * the same disk at once and certify it twice: a usage error, before anything is looked at or written.
     */
    private void refuseDeviceNamedTwice() {
        Map<Path, Path> seen = new LinkedHashMap<>();
        for (Path p : devices) {
            Path key;
            try {
                key = p.toRealPath();
            } catch (IOException e) {
                key = p.toAbsolutePath().normalize();
            }
            Path before = seen.putIfAbsent(key, p);
            if (before != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--device: " + before + " and " + p
                        + common.lang.t(" sont le même périphérique (" + key + ")",
                        " are the same device (" + key + ")"));
            }
        }
    }

    /** Model, serial and size from lsblk and the drive's own tools; empty when the path is not a disk. */
    private Optional<StorageMedium> identify(DriveDiscovery discovery, Path p) {
        if (!Files.exists(p)) {
            return Optional.empty();
        }
        try {
            ProcessResult r = runner.run(ProcessSpec.of(Duration.ofSeconds(20), "lsblk", "-J", "-O", "-b",
                    p.toString()));
            List<BlockDevice> found = LsblkParser.parse(r.stdoutText());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            BlockDevice b = found.get(0);
            DiscoveredDrive d = discovery.inspect(b);
            if (d.medium() != null) {
                return Optional.of(d.medium());
            }
            if ("loop".equals(b.type())) {
                // A loop device is a file seen as a disk: no serial, no hidden areas, overwrite only. It is
                // recorded as a hard disk (what an overwrite of it proves is what it would prove on one).
                return Optional.of(new StorageMedium(MediaType.ATA_HDD, "path:" + p, "Loopback", b.sizeBytes(), null,
                        Set.of(), null, org.filiere.sanitization.HiddenAreaStatus.NOT_APPLICABLE));
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean confirm(List<Target> targets, PrintWriter err, Lang l) {
        Console console = System.console();
        err.println(l.t("Ces supports vont être effacés DÉFINITIVEMENT :", "These media will be PERMANENTLY erased:"));
        for (Target t : targets) {
            StorageMedium m = t.medium;
            err.println(String.format(Locale.ROOT, "  %-16s %-24s %-22s %s", t.path,
                    m.model() == null ? "?" : m.model(), m.serialNumber(),
                    m.capacityBytes() == null ? "?" : String.format(Locale.ROOT, "%.1f GB", m.capacityBytes() / 1e9)));
        }
        err.flush();
        if (console == null) {
            err.println(l.t("Pas de terminal pour confirmer : relancez avec --yes.",
                    "No terminal to confirm on: run again with --yes."));
            err.flush();
            return false;
        }
        String answer = console.readLine(l.t("Tapez « oui » pour continuer : ", "Type \"yes\" to go on: "));
        return answer != null && (answer.strip().equalsIgnoreCase("oui") || answer.strip().equalsIgnoreCase("yes"));
    }
}
