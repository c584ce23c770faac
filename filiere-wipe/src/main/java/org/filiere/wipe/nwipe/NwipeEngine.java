package org.filiere.wipe.nwipe;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filiere.FiliereException;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.internal.Require;
import org.filiere.sanitization.ErrorCounts;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.ToolInfo;
import org.filiere.sanitization.Verification;
import org.filiere.sanitization.VerificationMode;
import org.filiere.wipe.engine.OverwriteOptions;
import org.filiere.wipe.engine.Progress;
import org.filiere.wipe.engine.ProgressListener;
import org.filiere.wipe.engine.VerifyPasses;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeEngine;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeRecords;
import org.filiere.wipe.process.Cancellation;
import org.filiere.wipe.process.ProcessResult;
import org.filiere.wipe.process.ProcessRunner;
import org.filiere.wipe.process.ProcessSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Overwrites one device per nwipe process: {@code nwipe --autonuke --nogui --nowait --method=M --rounds=N
 * --verify=V [--noblank] --logfile=F [--PDFreportpath=P|noPDF] DEVICE}, with full long option names (nwipe 0.40
 * rejects abbreviations) and {@code --PDFreportpath} only from 0.35. Progress comes from the log file as nwipe
 * writes it; the outcome comes from the log's summary tables ({@link NwipeLog#outcome}), never from the exit
 * code (nwipe exits 0 after a user abort). Thread-safe: one instance may wipe several devices at once.
 *
 * <pre>{@code
 * NwipeEngine nwipe = new NwipeEngine(new SystemProcessRunner(), context, NwipeConfig.defaults(logDir));
 * SanitizationRecord r = nwipe.run(WipeJob.overwrite(target, OverwriteOptions.zeroVerified()),
 *         ProgressListener.NONE, Cancellation.none());
 * }</pre>
 */
public final class NwipeEngine implements WipeEngine {
    private static final Logger LOG = LoggerFactory.getLogger(NwipeEngine.class);
    private static final Pattern START_PASS =
            Pattern.compile("Starting pass (\\d+)/(\\d+), round (\\d+)/(\\d+)");

    private final ProcessRunner runner;
    private final WipeContext context;
    private final NwipeConfig config;
    private final AtomicReference<NwipeVersion> version = new AtomicReference<>();

    public NwipeEngine(ProcessRunner runner, WipeContext context, NwipeConfig config) {
        this.runner = Require.nonNull(runner, "runner");
        this.context = Require.nonNull(context, "context");
        this.config = Require.nonNull(config, "config");
    }

    @Override
    public String name() {
        return "nwipe";
    }

    /** OVERWRITE on every block medium (a phone's internal storage is not a block device the station sees). */
    @Override
    public Set<Technique> techniques(StorageMedium medium) {
        return medium.type() == MediaType.MOBILE ? Set.of() : Set.of(Technique.OVERWRITE);
    }

    /**
     * The version the nwipe binary reports ({@code nwipe --version}), asked once and cached. Throws
     * {@link FiliereException} when nwipe cannot be run.
     */
    public NwipeVersion version() {
        NwipeVersion v = version.get();
        if (v != null) {
            return v;
        }
        ProcessResult r = runner.run(ProcessSpec.of(Duration.ofSeconds(30), config.executable(), "--version"));
        v = NwipeVersion.parse(r.stdoutText() + r.stderrText())
                .orElseThrow(() -> new FiliereException("nwipe did not report its version")
                        .with("executable", config.executable()).with("output", r.describe()));
        version.compareAndSet(null, v);
        return v;
    }

    /**
     * The argument vector for one device. Public so that the station can show the operator exactly what will run.
     */
    public static List<String> command(String executable, NwipeVersion version, NwipeMethod method,
                                       OverwriteOptions options, Path logFile, Path pdfDirectory, Path device) {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable);
        cmd.add("--autonuke");
        cmd.add("--nogui");
        cmd.add("--nowait");
        cmd.add("--method=" + method.cliName());
        cmd.add("--rounds=" + options.rounds());
        cmd.add("--verify=" + options.verify().cliValue());
        if (!options.blank()) {
            cmd.add("--noblank");
        }
        cmd.add("--logfile=" + logFile);
        if (version.hasPdfReport()) {
            cmd.add("--PDFreportpath=" + (pdfDirectory == null ? "noPDF" : pdfDirectory.toString()));
        }
        cmd.add(device.toString());
        return cmd;
    }

    @Override
    public SanitizationRecord run(WipeJob job, ProgressListener progress, Cancellation cancellation) {
        return runWithLog(job, progress, cancellation).record();
    }

    /** As {@link #run} and also returns the raw log file and the parsed log. */
    public NwipeRun runWithLog(WipeJob job, ProgressListener progress, Cancellation cancellation) {
        Require.nonNull(job, "job");
        if (job.technique() != Technique.OVERWRITE) {
            throw new FiliereException("nwipe only overwrites").with("technique", job.technique());
        }
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        Cancellation cancel = cancellation == null ? Cancellation.none() : cancellation;
        OverwriteOptions opts = job.overwrite();
        NwipeMethod method = NwipeMethod.fromCliName(opts.method()).orElseThrow(() ->
                new FiliereException("unknown nwipe method").with("method", opts.method()));
        Instant start = context.clock().instant();
        NwipeVersion v = version();
        ToolInfo tool = new ToolInfo("nwipe", v.text());
        if (!v.atLeast(method.since())) {
            return new NwipeRun(WipeRecords.failed(context, job, tool, start, "method " + method.cliName()
                    + " needs nwipe " + method.since() + " or later; this nwipe is " + v.text(), null), null,
                    NwipeLogParser.parse(""));
        }
        Path device = job.target().device();
        Path logFile;
        try {
            Files.createDirectories(config.logDirectory());
            String base = device.getFileName() == null ? "device" : device.getFileName().toString();
            logFile = config.logDirectory().resolve("nwipe-" + base + "-" + start.toEpochMilli() + ".log");
            Files.deleteIfExists(logFile);
        } catch (IOException e) {
            throw new FiliereException("cannot prepare the nwipe log directory", e)
                    .with("directory", config.logDirectory());
        }
        List<String> cmd = command(config.executable(), v, method, opts, logFile, config.pdfDirectory(), device);
        int transfers = method.transfers(opts.rounds(), opts.verify(), opts.blank());
        Duration timeout = timeout(job.target().medium().capacityBytes(), transfers);
        LOG.info("wiping {} with nwipe {} (timeout {}): {}", device, v.text(), timeout, cmd);

        ProgressTracker tracker = new ProgressTracker(device, method, opts, transfers, listener);
        LogTail tail = new LogTail(logFile, tracker);
        tail.start();
        ProcessResult result;
        try {
            result = runner.run(ProcessSpec.of(timeout, cmd), (s, l) -> LOG.debug("nwipe {}: {}", device, l),
                    cancel);
        } finally {
            tail.stop();
        }
        String raw = readLog(logFile, result);
        NwipeLog log = NwipeLogParser.parse(raw);
        NwipeLog.Outcome outcome = log.outcome(device.toString());
        if (outcome.summary() == null || outcome.verdict() != NwipeLog.Verdict.ERASED) {
            LOG.warn("nwipe on {}: {} ({})", device, outcome.reason(), result.describe());
        } else if (result.exitCode() != 0) {
            LOG.warn("nwipe on {} exited {} but its summary says Erased: the summary decides", device,
                    result.exitCode());
        }
        Instant end = context.clock().instant();
        SanitizationRecord rec = record(job, method, opts, transfers, tool, log, outcome, result, start,
                end.isBefore(start) ? start : end, raw);
        if (rec.result().completed()) {
            listener.onProgress(new Progress(device, "erased and verified", 1.0));
        }
        return new NwipeRun(rec, logFile, log);
    }

    private Duration timeout(Long capacity, int transfers) {
        if (capacity == null || capacity <= 0) {
            return config.timeoutWhenUnknown();
        }
        double seconds = (double) capacity * transfers / config.minBytesPerSecond();
        return Duration.ofSeconds((long) Math.min(seconds, 365.0 * 24 * 3600)).plus(config.timeoutMargin());
    }

    private static String readLog(Path logFile, ProcessResult result) {
        try {
            if (Files.isRegularFile(logFile) && Files.size(logFile) > 0) {
                return new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            LOG.warn("cannot read nwipe log {}: {}", logFile, e.toString());
        }
        // nwipe also prints its log on stdout; use it when the log file is missing.
        return result.stdoutText();
    }

    private SanitizationRecord record(WipeJob job, NwipeMethod method, OverwriteOptions opts, int transfers,
                                      ToolInfo tool, NwipeLog log, NwipeLog.Outcome outcome, ProcessResult proc,
                                      Instant start, Instant end, String raw) {
        DeviceSummary s = outcome.summary();
        SanitizationResult result;
        switch (outcome.verdict()) {
            case ERASED:
                result = new SanitizationResult.Completed();
                break;
            case ABORTED:
                result = new SanitizationResult.Interrupted(interruption(proc, outcome.reason()));
                break;
            default:
                result = proc.termination() == ProcessResult.Termination.EXITED
                        ? new SanitizationResult.Failed(outcome.reason())
                        : new SanitizationResult.Interrupted(interruption(proc, outcome.reason()));
                break;
        }
        long pass = s == null || s.passErrors() == null ? 0 : s.passErrors();
        long ver = s == null || s.verificationErrors() == null ? 0 : s.verificationErrors();
        long sync = s == null || s.syncErrors() == null ? 0 : s.syncErrors();
        boolean verifies = opts.verify() != VerifyPasses.OFF || !method.writes() || method == NwipeMethod.IS5ENH;
        Verification verification;
        if (!verifies) {
            verification = Verification.none();
        } else {
            boolean passed = result.completed() && ver == 0;
            String detail = s == null ? outcome.reason() : passed
                    ? "nwipe read back " + s.bytesRead() + " bytes: " + describeVerify(method, opts)
                    : String.join("; ", s.problems().isEmpty() ? List.of(outcome.reason()) : s.problems());
            verification = new Verification(VerificationMode.FULL, passed, ver, detail);
        }
        long bytes = 0;
        if (s != null) {
            bytes = s.bytesErased() != null ? s.bytesErased() : s.largestPassBytes();
        }
        boolean blanked = opts.blank() && method.blankingAllowed() && method.writes();
        TechniqueParameters params = new TechniqueParameters(method.cliName(), transfers, method.pattern(),
                opts.rounds(), verifies ? VerificationMode.FULL : VerificationMode.NONE, blanked);
        return new SanitizationRecord(job.target().medium().serialNumber(), job.target().medium().type(),
                Technique.OVERWRITE, params, log.toolVersion() == null ? tool : new ToolInfo("nwipe",
                log.toolVersion()), start, end, result, verification, new ErrorCounts(pass, ver, sync),
                job.target().medium().hiddenAreas(), bytes, context.operator(), context.siteId(),
                WipeRecords.sha256(raw));
    }

    private static String describeVerify(NwipeMethod method, OverwriteOptions opts) {
        if (!method.writes()) {
            return "every byte checked (" + method.label() + ")";
        }
        return "verify=" + opts.verify().cliValue() + (opts.blank() && method.blankingAllowed()
                ? ", blanking pass verified empty" : "");
    }

    private static String interruption(ProcessResult proc, String reason) {
        switch (proc.termination()) {
            case CANCELLED:
                return "cancelled by the operator; " + reason;
            case TIMED_OUT:
                return "nwipe timed out after " + proc.elapsed().toMinutes() + " min; " + reason;
            default:
                return reason;
        }
    }

    /** Turns log lines into progress reports. */
    private static final class ProgressTracker {
        private final Path device;
        private final NwipeMethod method;
        private final OverwriteOptions opts;
        private final int transfers;
        private final ProgressListener listener;

        ProgressTracker(Path device, NwipeMethod method, OverwriteOptions opts, int transfers,
                        ProgressListener listener) {
            this.device = device;
            this.method = method;
            this.opts = opts;
            this.transfers = transfers;
            this.listener = listener;
        }

        void onLine(String line) {
            int i = line.indexOf("] ");
            String msg = i < 0 ? line : line.substring(i + 2).replaceFirst("^\\s*[a-z]+: ", "");
            Double fraction = null;
            String phase = null;
            Matcher m = START_PASS.matcher(msg);
            if (m.find()) {
                int pass = Integer.parseInt(m.group(1));
                int passes = Integer.parseInt(m.group(2));
                int round = Integer.parseInt(m.group(3));
                fraction = ((round - 1) * (double) passes + (pass - 1)) / transfers;
                phase = String.format(Locale.ROOT, "pass %d/%d, round %d/%d", pass, passes, round,
                        Integer.parseInt(m.group(4)));
            } else if (msg.startsWith("Blanking device")) {
                fraction = (double) (method.writePasses().size() * opts.rounds()) / transfers;
                phase = "blanking";
            } else if (msg.startsWith("Verifying")) {
                fraction = Math.max(0, transfers - 1.0) / transfers;
                phase = "verifying";
            } else if (msg.contains("bytes written to") || msg.contains("bytes read from")) {
                phase = msg.strip();
            }
            if (phase != null) {
                try {
                    listener.onProgress(new Progress(device, phase,
                            fraction == null ? null : Math.max(0, Math.min(1, fraction))));
                } catch (RuntimeException e) {
                    LOG.warn("progress listener failed", e);
                }
            }
        }
    }

    /** Follows the log file nwipe writes, feeding complete lines to the tracker. */
    private static final class LogTail {
        private final Path file;
        private final ProgressTracker tracker;
        private final Thread thread;
        private volatile boolean running = true;
        private long offset;
        private final StringBuilder partial = new StringBuilder();

        LogTail(Path file, ProgressTracker tracker) {
            this.file = file;
            this.tracker = tracker;
            this.thread = new Thread(this::loop, "nwipe-tail-" + file.getFileName());
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void stop() {
            running = false;
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            poll();
        }

        private void loop() {
            while (running) {
                poll();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private synchronized void poll() {
            if (!Files.isRegularFile(file)) {
                return;
            }
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                long len = f.length();
                if (len <= offset) {
                    return;
                }
                byte[] buf = new byte[(int) Math.min(len - offset, 1 << 20)];
                f.seek(offset);
                f.readFully(buf);
                offset += buf.length;
                partial.append(new String(buf, StandardCharsets.UTF_8));
                int nl;
                while ((nl = partial.indexOf("\n")) >= 0) {
                    tracker.onLine(partial.substring(0, nl));
                    partial.delete(0, nl + 1);
                }
            } catch (IOException e) {
                LOG.debug("cannot tail {}: {}", file, e.toString());
            }
        }
    }
}
