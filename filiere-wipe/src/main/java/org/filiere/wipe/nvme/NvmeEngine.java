package org.filiere.wipe.nvme;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.engine.Progress;
import org.filiere.wipe.engine.ProgressListener;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeEngine;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeRecords;
import org.filiere.wipe.process.Cancellation;
import org.filiere.wipe.process.ProcessResult;
import org.filiere.wipe.process.ProcessRunner;
import org.filiere.wipe.process.ProcessSpec;
import org.filiere.wipe.verify.BlockReaderFactory;
import org.filiere.wipe.verify.FirmwareReadBack;

/**
 * NVMe firmware sanitization through nvme-cli: {@code nvme sanitize CTRL --sanact=2|3|4 --force} then polling
 * {@code nvme sanitize-log CTRL -o json} until SSTAT says completed with SPROG 65535 (or failed, or the timeout),
 * and {@code nvme format NS --ses=1|2 --force}. Capabilities are checked first from {@code nvme id-ctrl -o json}
 * (sanicap bits, oacs bit 1, fna bit 2); a technique the controller does not report is refused as a FAILED
 * record. The target may be the namespace ({@code /dev/nvme0n1}) or the controller ({@code /dev/nvme0}): sanitize
 * goes to the controller, format to the namespace.
 *
 * <p>Verification: the namespace block device (the target path; a controller node cannot be read and gives a
 * status-only record with that reason) is sampled read-only just before the command and again after completion
 * ({@link FirmwareReadBack}, NIST SP 800-88 r1 §4.7 layout from {@link NvmeConfig#readBack()}), giving a
 * {@code SAMPLED} verification; crypto erase is judged by the before/after comparison. Thread-safe.
 */
public final class NvmeEngine implements WipeEngine {
    private static final Set<Technique> TECHNIQUES = EnumSet.of(Technique.NVME_SANITIZE_BLOCK_ERASE,
            Technique.NVME_SANITIZE_CRYPTO_ERASE, Technique.NVME_SANITIZE_OVERWRITE,
            Technique.NVME_FORMAT_USER_DATA_ERASE, Technique.NVME_FORMAT_CRYPTO_ERASE);
    private static final Pattern NAMESPACE = Pattern.compile("^(nvme\\d+)n\\d+$");

    private final ProcessRunner runner;
    private final WipeContext context;
    private final NvmeConfig config;
    private final FirmwareReadBack readBack;

    /** An engine that samples the real device ({@link BlockReaderFactory#DEVICES}). */
    public NvmeEngine(ProcessRunner runner, WipeContext context, NvmeConfig config) {
        this(runner, context, config, BlockReaderFactory.DEVICES);
    }

    /** An engine that samples through {@code readers} (tests pass an in-memory medium). */
    public NvmeEngine(ProcessRunner runner, WipeContext context, NvmeConfig config, BlockReaderFactory readers) {
        this.runner = Require.nonNull(runner, "runner");
        this.context = Require.nonNull(context, "context");
        this.config = Require.nonNull(config, "config");
        this.readBack = new FirmwareReadBack(Require.nonNull(readers, "readers"), config.readBack());
    }

    @Override
    public String name() {
        return "nvme-cli";
    }

    @Override
    public Set<Technique> techniques(StorageMedium medium) {
        if (medium.type() != MediaType.NVME_SSD) {
            return Set.of();
        }
        Set<Technique> t = EnumSet.noneOf(Technique.class);
        medium.supportedTechniques().stream().filter(TECHNIQUES::contains).forEach(t::add);
        return t;
    }

    /** The controller node of a namespace path ({@code /dev/nvme0n1 -> /dev/nvme0}); others unchanged. */
    public static Path controllerOf(Path device) {
        String name = device.getFileName() == null ? "" : device.getFileName().toString();
        var m = NAMESPACE.matcher(name);
        return m.matches() ? device.resolveSibling(m.group(1)) : device;
    }

    private ProcessResult exec(StringBuilder log, Duration timeout, Cancellation cancel, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(config.executable());
        cmd.addAll(List.of(args));
        ProcessResult r = runner.run(ProcessSpec.of(timeout, cmd), (s, l) -> { }, cancel);
        log.append("$ ").append(String.join(" ", cmd)).append('\n');
        r.stdout().forEach(l -> log.append(l).append('\n'));
        r.stderr().forEach(l -> log.append("stderr: ").append(l).append('\n'));
        log.append("# ").append(r.termination()).append(" exit ").append(r.exitCode()).append('\n');
        return r;
    }

    @Override
    public SanitizationRecord run(WipeJob job, ProgressListener progress, Cancellation cancellation) {
        Require.nonNull(job, "job");
        if (!TECHNIQUES.contains(job.technique())) {
            throw new FiliereException("nvme-cli does not run this technique").with("technique", job.technique());
        }
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        Cancellation cancel = cancellation == null ? Cancellation.none() : cancellation;
        Instant start = context.clock().instant();
        StringBuilder log = new StringBuilder();
        Duration quick = Duration.ofSeconds(60);
        ProcessResult v = exec(log, quick, cancel, "version");
        ToolInfo tool = new ToolInfo("nvme-cli", v.stdout().isEmpty() ? "unknown"
                : v.stdout().get(0).replace("nvme version", "").strip());
        Path ctrl = controllerOf(job.target().device());
        ProcessResult idr = exec(log, quick, cancel, "id-ctrl", ctrl.toString(), "-o", "json");
        NvmeController id;
        try {
            id = NvmeIdCtrlParser.parseJson(idr.stdoutText());
        } catch (ToolOutputException e) {
            return fail(job, tool, start, log, "refused: nvme id-ctrl gave no controller data for " + ctrl
                    + " (" + e.reason() + ")");
        }
        String expected = job.target().expectedSerial();
        if (expected != null && id.serial() != null && !expected.strip().equalsIgnoreCase(id.serial())) {
            return fail(job, tool, start, log, "refused: the controller reports serial " + id.serial()
                    + ", expected " + expected);
        }
        if (!id.capabilities().contains(job.technique())) {
            return fail(job, tool, start, log, "refused: the controller does not report " + job.technique()
                    + " (sanicap " + hex(id.sanicap()) + ", oacs " + hex(id.oacs()) + ", fna " + hex(id.fna()) + ")");
        }
        switch (job.technique()) {
            case NVME_FORMAT_USER_DATA_ERASE:
            case NVME_FORMAT_CRYPTO_ERASE:
                return format(job, tool, start, log, id, listener, cancel);
            default:
                return sanitize(job, tool, start, log, id, ctrl, listener, cancel);
        }
    }

    private SanitizationRecord format(WipeJob job, ToolInfo tool, Instant start, StringBuilder log,
                                      NvmeController id, ProgressListener listener, Cancellation cancel) {
        String ses = job.technique() == Technique.NVME_FORMAT_CRYPTO_ERASE ? "2" : "1";
        FirmwareReadBack.Before sample = readBack.before(job.target().device(), listener, cancel);
        if (sample.cancelled()) {
            return done(job, tool, start, log, id, new SanitizationResult.Interrupted("cancelled during the read-back "
                    + "before the format; nothing was erased"), Verification.none(), "format-ses" + ses);
        }
        listener.onProgress(new Progress(job.target().device(), "format --ses=" + ses + " running", null));
        ProcessResult r = exec(log, config.formatTimeout(), cancel, "format", job.target().device().toString(),
                "--ses=" + ses, "--force");
        if (r.succeeded()) {
            Verification verified = readBack.after(sample, job.target().device(), job.technique(),
                    "nvme format --ses=" + ses + " completed with status 0", listener, cancel);
            listener.onProgress(new Progress(job.target().device(), "format complete", 1.0));
            return done(job, tool, start, log, id, new SanitizationResult.Completed(), verified, "format-ses" + ses);
        }
        SanitizationResult res = r.termination() == ProcessResult.Termination.EXITED
                ? new SanitizationResult.Failed("nvme format failed: " + r.describe())
                : new SanitizationResult.Interrupted("nvme format " + r.describe());
        return done(job, tool, start, log, id, res, Verification.none(), "format-ses" + ses);
    }

    private SanitizationRecord sanitize(WipeJob job, ToolInfo tool, Instant start, StringBuilder log,
                                        NvmeController id, Path ctrl, ProgressListener listener,
                                        Cancellation cancel) {
        String sanact;
        switch (job.technique()) {
            case NVME_SANITIZE_BLOCK_ERASE: sanact = "2"; break;
            case NVME_SANITIZE_OVERWRITE: sanact = "3"; break;
            default: sanact = "4"; break;
        }
        String method = "sanitize-sanact" + sanact;
        Duration quick = Duration.ofSeconds(60);
        SanitizeLog before = SanitizeLog.parse(exec(log, quick, cancel, "sanitize-log", ctrl.toString(), "-o", "json")
                .stdoutText());
        if (before.inProgress()) {
            return done(job, tool, start, log, id, new SanitizationResult.Failed("refused: a sanitize is already "
                    + "in progress (SPROG " + before.sprog() + "); wait for it and check sanitize-log"),
                    Verification.none(), method);
        }
        FirmwareReadBack.Before sample = readBack.before(job.target().device(), listener, cancel);
        if (sample.cancelled()) {
            return done(job, tool, start, log, id, new SanitizationResult.Interrupted("cancelled during the read-back "
                    + "before the sanitize; nothing was erased"), Verification.none(), method);
        }
        List<String> args = new ArrayList<>(List.of("sanitize", ctrl.toString(), "--sanact=" + sanact));
        if (sanact.equals("3")) {
            args.add("--owpass=1");
        }
        args.add("--force");
        ProcessResult started = exec(log, Duration.ofMinutes(5), cancel, args.toArray(new String[0]));
        if (!started.succeeded()) {
            return done(job, tool, start, log, id, new SanitizationResult.Failed("nvme sanitize failed to start: "
                    + started.describe()), Verification.none(), method);
        }
        long deadline = System.nanoTime() + config.sanitizeTimeout().toNanos();
        SanitizeLog st;
        int unreadable = 0;
        while (true) {
            st = SanitizeLog.parse(exec(log, quick, Cancellation.none(), "sanitize-log", ctrl.toString(), "-o", "json")
                    .stdoutText());
            if (st.completed() || st.failed()) {
                break;
            }
            if (st.status() < 0 && ++unreadable >= 3) {
                return done(job, tool, start, log, id, new SanitizationResult.Failed("unreadable sanitize-log "
                        + "three times in a row"), Verification.none(), method);
            }
            listener.onProgress(new Progress(job.target().device(), "sanitize " + (st.fraction() == null ? "running"
                    : String.format(Locale.ROOT, "%.0f%%", st.fraction() * 100)), st.fraction()));
            if (cancel.isCancelled()) {
                return done(job, tool, start, log, id, new SanitizationResult.Interrupted("stopped polling at the "
                        + "operator's request; the controller continues the sanitize across resets"),
                        Verification.none(), method);
            }
            if (System.nanoTime() - deadline > 0) {
                return done(job, tool, start, log, id, new SanitizationResult.Interrupted("sanitize still in "
                        + "progress after " + config.sanitizeTimeout().toMinutes() + " min"), Verification.none(),
                        method);
            }
            sleep(config.pollInterval());
        }
        if (st.completed()) {
            Verification verified = readBack.after(sample, job.target().device(), job.technique(),
                    "sanitize-log SPROG " + st.sprog() + ", SSTAT " + hex(st.sstat()), listener, cancel);
            listener.onProgress(new Progress(job.target().device(), "sanitize complete", 1.0));
            return done(job, tool, start, log, id, new SanitizationResult.Completed(), verified, method);
        }
        return done(job, tool, start, log, id, new SanitizationResult.Failed("sanitize failed: SSTAT "
                + hex(st.sstat())), Verification.none(), method);
    }

    private static String hex(Long v) {
        return v == null ? "unknown" : "0x" + Long.toHexString(v);
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    private static void sleep(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SanitizationRecord fail(WipeJob job, ToolInfo tool, Instant start, StringBuilder log, String reason) {
        return WipeRecords.failed(context, job, tool, start, reason, log.toString());
    }

    private SanitizationRecord done(WipeJob job, ToolInfo tool, Instant start, StringBuilder log, NvmeController id,
                                    SanitizationResult result, Verification verification, String method) {
        Instant end = context.clock().instant();
        long bytes = result.completed() && id.totalCapacity() != null ? id.totalCapacity() : 0;
        return new SanitizationRecord(job.target().medium().serialNumber(), job.target().medium().type(),
                job.technique(), TechniqueParameters.firmware(method, verification.mode()), tool, start,
                end.isBefore(start) ? start : end, result, verification, ErrorCounts.NONE,
                job.target().medium().hiddenAreas(), bytes, context.operator(), context.siteId(),
                WipeRecords.sha256(log.toString()));
    }
}
