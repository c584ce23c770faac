package org.filiere.wipe.hdparm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.filiere.FiliereException;
import org.filiere.device.AtaSecurity;
import org.filiere.device.StorageMedium;
import org.filiere.internal.Require;
import org.filiere.sanitization.ErrorCounts;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.ToolInfo;
import org.filiere.sanitization.Verification;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.discovery.BlockDevice;
import org.filiere.wipe.discovery.LsblkParser;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ATA firmware sanitization through hdparm: SECURITY ERASE UNIT (normal or enhanced) and the SANITIZE feature
 * set (block erase, crypto scramble, overwrite).
 *
 * <p>Before any destructive command it reads {@code hdparm -I}, refuses (as a FAILED record with the reason and
 * the remedies) drives whose security is frozen, locked or count-expired, drives behind a USB bridge (unless
 * allowed) or without ATA pass-through, drives reporting another serial than expected; and it records the HPA/DCO
 * state from {@code hdparm -N} and {@code --dco-identify}.
 *
 * <p>Security erase: set a temporary user password, erase (enhanced when asked and supported) with a timeout from
 * the drive's own estimate plus a margin, then check with {@code hdparm -I} that security is disabled again; if
 * it is left enabled (interrupted or failed erase) it unlocks and disables it, and says so in the record, with
 * the password when recovery failed. Sanitize: start the command, then poll {@code --sanitize-status} until SD4 /
 * "completed without error", a failure, cancellation or the timeout. Every command and its output form the raw
 * log whose SHA-256 is in the record (the password is masked).
 *
 * <p>Verification: just before the destructive command the device is sampled read-only ({@link FirmwareReadBack},
 * NIST SP 800-88 r1 §4.7 layout from {@link HdparmConfig#readBack()}); once the drive reports completion the same
 * locations are read again and compared, giving a {@code SAMPLED} verification. When the device cannot be read,
 * the record says {@code FIRMWARE_STATUS_ONLY} with the reason, which does not prove PURGE. Thread-safe.
 */
public final class HdparmEngine implements WipeEngine {
    private static final Logger LOG = LoggerFactory.getLogger(HdparmEngine.class);
    private static final Set<Technique> TECHNIQUES = EnumSet.of(Technique.ATA_SECURITY_ERASE,
            Technique.ATA_SECURITY_ERASE_ENHANCED, Technique.ATA_SANITIZE_BLOCK_ERASE,
            Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE, Technique.ATA_SANITIZE_OVERWRITE);
    private static final String FROZEN_REMEDY = "remedies: suspend the station to RAM and resume "
            + "(echo -n mem > /sys/power/state) so the BIOS freeze lock is lifted, or hot-unplug and re-plug the "
            + "drive (SATA hot-plug dock), then retry";

    private final ProcessRunner runner;
    private final WipeContext context;
    private final HdparmConfig config;
    private final FirmwareReadBack readBack;

    /** An engine that samples the real device ({@link BlockReaderFactory#DEVICES}). */
    public HdparmEngine(ProcessRunner runner, WipeContext context, HdparmConfig config) {
        this(runner, context, config, BlockReaderFactory.DEVICES);
    }

    /** An engine that samples through {@code readers} (tests pass an in-memory medium). */
    public HdparmEngine(ProcessRunner runner, WipeContext context, HdparmConfig config, BlockReaderFactory readers) {
        this.runner = Require.nonNull(runner, "runner");
        this.context = Require.nonNull(context, "context");
        this.config = Require.nonNull(config, "config");
        this.readBack = new FirmwareReadBack(Require.nonNull(readers, "readers"), config.readBack());
    }

    @Override
    public String name() {
        return "hdparm";
    }

    /** The ATA firmware techniques the medium reports (from its {@code hdparm -I} data). */
    @Override
    public Set<Technique> techniques(StorageMedium medium) {
        if (!medium.type().isAta()) {
            return Set.of();
        }
        Set<Technique> t = EnumSet.noneOf(Technique.class);
        for (Technique x : medium.supportedTechniques()) {
            if (TECHNIQUES.contains(x)) {
                t.add(x);
            }
        }
        return t;
    }

    /** A transcript of the commands run, with the password masked. */
    private static final class Transcript {
        final StringBuilder text = new StringBuilder();
        final String secret;

        Transcript(String secret) {
            this.secret = secret;
        }

        void add(ProcessResult r) {
            text.append("$ ").append(mask(String.join(" ", r.command()))).append('\n');
            for (String l : r.stdout()) {
                text.append(mask(l)).append('\n');
            }
            for (String l : r.stderr()) {
                text.append("stderr: ").append(mask(l)).append('\n');
            }
            text.append("# ").append(r.termination()).append(" exit ").append(r.exitCode()).append('\n');
        }

        String mask(String s) {
            return secret == null || secret.isEmpty() ? s : s.replace(secret, "********");
        }
    }

    private ProcessResult exec(Transcript t, Duration timeout, Cancellation cancel, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(config.executable());
        cmd.addAll(List.of(args));
        ProcessResult r = runner.run(ProcessSpec.of(timeout, cmd), (s, l) -> { }, cancel);
        t.add(r);
        return r;
    }

    @Override
    public SanitizationRecord run(WipeJob job, ProgressListener progress, Cancellation cancellation) {
        Require.nonNull(job, "job");
        if (!TECHNIQUES.contains(job.technique())) {
            throw new FiliereException("hdparm does not run this technique").with("technique", job.technique());
        }
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        Cancellation cancel = cancellation == null ? Cancellation.none() : cancellation;
        Instant start = context.clock().instant();
        String dev = job.target().device().toString();
        String password = job.technique().isAtaSecurity() ? config.passwords().get() : null;
        Transcript t = new Transcript(password);
        Duration quick = Duration.ofSeconds(60);

        ProcessResult v = exec(t, quick, cancel, "-V");
        ToolInfo tool = new ToolInfo("hdparm", v.stdout().isEmpty() ? "unknown"
                : v.stdout().get(0).replace("hdparm", "").strip());

        ProcessResult idr = exec(t, quick, cancel, "-I", dev);
        HdparmIdentify id;
        try {
            id = HdparmIdentifyParser.parse(idr.stdoutText());
        } catch (ToolOutputException e) {
            return refuse(job, tool, start, "hdparm -I gave no ATA identify data for " + dev + " ("
                    + e.reason() + "): the drive is behind a USB bridge without ATA pass-through or is not ATA; "
                    + "connect it to a SATA port or a dock with pass-through", t);
        }
        if (!config.allowUsbBridge() && behindUsb(dev, t, cancel)) {
            return refuse(job, tool, start, dev + " is behind a USB bridge: ATA security/sanitize commands "
                    + "through bridges are refused (bridges may reset the drive mid-erase and brick it); "
                    + "connect it to a SATA port", t);
        }
        String expected = job.target().expectedSerial();
        if (expected != null && id.serial() != null && !expected.strip().equalsIgnoreCase(id.serial().strip())) {
            return refuse(job, tool, start, "the drive reports serial " + id.serial() + ", expected " + expected, t);
        }
        ProcessResult n = exec(t, quick, cancel, "--verbose", "-N", dev);
        ProcessResult dco = exec(t, quick, cancel, "--verbose", "--dco-identify", dev);
        HiddenAreaReport hidden = HiddenAreaReport.from(n.stdoutText(), dco.stdoutText());
        AtaSecurity sec = id.security();
        if (sec != null && sec.frozen()) {
            return refuse(job, tool, start, hidden, "the drive's security is frozen; " + FROZEN_REMEDY, t, id);
        }
        if (job.technique().isAtaSecurity()) {
            return securityErase(job, tool, start, t, id, hidden, password, listener, cancel);
        }
        return sanitize(job, tool, start, t, id, hidden, listener, cancel);
    }

    private boolean behindUsb(String dev, Transcript t, Cancellation cancel) {
        ProcessResult r = runner.run(ProcessSpec.of(Duration.ofSeconds(30), "lsblk", "-J", "-O", "-b", dev),
                (s, l) -> { }, cancel);
        t.add(r);
        if (!r.succeeded()) {
            return false;
        }
        try {
            List<BlockDevice> devs = LsblkParser.parse(r.stdoutText());
            return !devs.isEmpty() && "usb".equals(devs.get(0).transport());
        } catch (ToolOutputException e) {
            return false;
        }
    }

    private SanitizationRecord securityErase(WipeJob job, ToolInfo tool, Instant start, Transcript t,
                                             HdparmIdentify id, HiddenAreaReport hidden, String pwd,
                                             ProgressListener listener, Cancellation cancel) {
        String dev = job.target().device().toString();
        AtaSecurity sec = id.security();
        boolean enhanced = job.technique() == Technique.ATA_SECURITY_ERASE_ENHANCED;
        if (sec == null || !sec.supported()) {
            return refuse(job, tool, start, hidden, "the drive does not support the ATA Security feature set", t, id);
        }
        if (sec.locked()) {
            return refuse(job, tool, start, hidden, "the drive is locked (a password is set): unlock it with "
                    + "hdparm --user-master u --security-unlock PASSWORD, then --security-disable PASSWORD", t, id);
        }
        if (sec.countExpired()) {
            return refuse(job, tool, start, hidden, "the unlock attempt counter expired: power-cycle the drive "
                    + "before any security command", t, id);
        }
        if (sec.enabled()) {
            return refuse(job, tool, start, hidden, "a user password is already set: disable it first "
                    + "(hdparm --user-master u --security-disable PASSWORD)", t, id);
        }
        if (enhanced && !sec.enhancedEraseSupported()) {
            return refuse(job, tool, start, hidden, "enhanced security erase is not supported by this drive", t, id);
        }
        Integer minutes = enhanced ? sec.enhancedEraseMinutes() : sec.eraseMinutes();
        Duration timeout = minutes == null ? config.timeoutWhenUnknown()
                : Duration.ofMinutes(minutes + minutes / 5).plus(config.timeoutMargin());
        Duration quick = Duration.ofSeconds(60);
        FirmwareReadBack.Before sample = readBack.before(job.target().device(), listener, cancel);
        if (sample.cancelled()) {
            return finish(job, tool, start, t, hidden, id, new SanitizationResult.Interrupted("cancelled during the "
                    + "read-back before the erase; nothing was erased"), Verification.none());
        }
        ProcessResult set = exec(t, quick, cancel, "--user-master", "u", "--security-set-pass", pwd, dev);
        if (!set.succeeded()) {
            return finish(job, tool, start, t, hidden, id, new SanitizationResult.Failed("setting the temporary "
                    + "password failed: " + t.mask(set.describe())), Verification.none());
        }
        listener.onProgress(new Progress(job.target().device(), "security erase running (drive estimate "
                + (minutes == null ? "unknown" : minutes + " min") + ")", null));
        LOG.info("security erase{} on {} (timeout {})", enhanced ? " (enhanced)" : "", dev, timeout);
        ProcessResult erase = exec(t, timeout, cancel, "--user-master", "u",
                enhanced ? "--security-erase-enhanced" : "--security-erase", pwd, dev);
        ProcessResult after = exec(t, quick, Cancellation.none(), "-I", dev);
        AtaSecurity afterSec = securityOf(after);
        boolean disabled = afterSec != null && !afterSec.enabled() && !afterSec.locked();
        if (erase.succeeded() && disabled) {
            Verification verified = readBack.after(sample, job.target().device(), job.technique(),
                    "hdparm -I after the erase: security not enabled, not locked", listener, cancel);
            listener.onProgress(new Progress(job.target().device(), "security erase complete", 1.0));
            return finish(job, tool, start, t, hidden, id, new SanitizationResult.Completed(), verified);
        }
        // The erase failed or was interrupted: the drive may be left with our password. Recover it.
        String recovery = recover(dev, pwd, afterSec, t);
        String why = erase.succeeded() ? "hdparm reported success but security is still enabled"
                : t.mask(erase.describe());
        SanitizationResult result = erase.termination() == ProcessResult.Termination.EXITED
                ? new SanitizationResult.Failed("security erase failed: " + why + "; " + recovery)
                : new SanitizationResult.Interrupted("security erase " + why + "; " + recovery);
        return finish(job, tool, start, t, hidden, id, result, Verification.none());
    }

    private String recover(String dev, String pwd, AtaSecurity state, Transcript t) {
        Duration quick = Duration.ofSeconds(60);
        Cancellation none = Cancellation.none();
        if (state != null && !state.enabled() && !state.locked()) {
            return "security is disabled (no recovery needed)";
        }
        if (state == null || state.locked()) {
            exec(t, quick, none, "--user-master", "u", "--security-unlock", pwd, dev);
        }
        exec(t, quick, none, "--user-master", "u", "--security-disable", pwd, dev);
        AtaSecurity again = securityOf(exec(t, quick, none, "-I", dev));
        if (again != null && !again.enabled() && !again.locked()) {
            return "recovered: the temporary password was removed (unlock/disable)";
        }
        return "RECOVERY FAILED: the drive may still hold the temporary user password '" + pwd
                + "'; unlock with hdparm --user-master u --security-unlock " + pwd + " " + dev
                + " then --security-disable " + pwd;
    }

    private static AtaSecurity securityOf(ProcessResult r) {
        try {
            return HdparmIdentifyParser.parse(r.stdoutText()).security();
        } catch (ToolOutputException e) {
            return null;
        }
    }

    private SanitizationRecord sanitize(WipeJob job, ToolInfo tool, Instant start, Transcript t, HdparmIdentify id,
                                        HiddenAreaReport hidden, ProgressListener listener, Cancellation cancel) {
        String dev = job.target().device().toString();
        AtaSanitizeSupport s = id.sanitize();
        String option;
        List<String> extra = new ArrayList<>();
        switch (job.technique()) {
            case ATA_SANITIZE_BLOCK_ERASE:
                option = s.blockErase() ? "--sanitize-block-erase" : null;
                break;
            case ATA_SANITIZE_CRYPTO_SCRAMBLE:
                option = s.cryptoScramble() ? "--sanitize-crypto-scramble" : null;
                break;
            default:
                option = s.overwrite() ? "--sanitize-overwrite" : null;
                extra.add("hex:00000000");
                extra.add("--sanitize-overwrite-passes");
                extra.add("1");
                break;
        }
        if (!s.supported() || option == null) {
            return refuse(job, tool, start, hidden, "the drive does not list " + job.technique()
                    + " in its SANITIZE feature set", t, id);
        }
        Duration quick = Duration.ofSeconds(60);
        AtaSanitizeStatus before = AtaSanitizeStatus.parse(exec(t, quick, cancel, "--sanitize-status", dev)
                .stdoutText());
        if (before.state() == 1) {
            return refuse(job, tool, start, hidden, "sanitize is frozen (SD1, sanitize freeze lock); "
                    + FROZEN_REMEDY, t, id);
        }
        FirmwareReadBack.Before sample = readBack.before(job.target().device(), listener, cancel);
        if (sample.cancelled()) {
            return finish(job, tool, start, t, hidden, id, new SanitizationResult.Interrupted("cancelled during the "
                    + "read-back before the sanitize; nothing was erased"), Verification.none());
        }
        List<String> args = new ArrayList<>(List.of("--yes-i-know-what-i-am-doing", option));
        args.addAll(extra);
        args.add(dev);
        ProcessResult started = exec(t, Duration.ofMinutes(5), cancel, args.toArray(new String[0]));
        if (!started.succeeded()) {
            return finish(job, tool, start, t, hidden, id, new SanitizationResult.Failed("starting "
                    + option + " failed: " + started.describe()), Verification.none());
        }
        Duration timeout = job.technique() == Technique.ATA_SANITIZE_OVERWRITE && id.capacityBytes() != null
                ? Duration.ofSeconds(id.capacityBytes() / 20_000_000L).plus(config.timeoutMargin())
                : config.timeoutWhenUnknown();
        long deadline = System.nanoTime() + timeout.toNanos();
        AtaSanitizeStatus st;
        while (true) {
            st = AtaSanitizeStatus.parse(exec(t, quick, Cancellation.none(), "--sanitize-status", dev).stdoutText());
            if (st.succeeded() || st.failed()) {
                break;
            }
            if (st.state() < 0) {
                return finish(job, tool, start, t, hidden, id, new SanitizationResult.Failed(
                        "unreadable sanitize status: " + firstLine(st.text())), Verification.none());
            }
            listener.onProgress(new Progress(job.target().device(), "sanitize " + (st.percent() == null ? "running"
                    : st.percent() + "%"), st.percent() == null ? null : st.percent() / 100.0));
            if (cancel.isCancelled()) {
                // a sanitize cannot be stopped: it resumes after power cycles. Say so.
                return finish(job, tool, start, t, hidden, id, new SanitizationResult.Interrupted("stopped "
                        + "polling at the operator's request; the drive continues the sanitize on its own"),
                        Verification.none());
            }
            if (System.nanoTime() - deadline > 0) {
                return finish(job, tool, start, t, hidden, id, new SanitizationResult.Interrupted("sanitize "
                        + "still in process after " + timeout.toMinutes() + " min"), Verification.none());
            }
            sleep(config.pollInterval());
        }
        if (st.succeeded()) {
            Verification verified = readBack.after(sample, job.target().device(), job.technique(),
                    "hdparm --sanitize-status: " + firstLine(st.text().replaceAll("\\s+", " ")), listener, cancel);
            listener.onProgress(new Progress(job.target().device(), "sanitize complete", 1.0));
            return finish(job, tool, start, t, hidden, id, new SanitizationResult.Completed(), verified);
        }
        return finish(job, tool, start, t, hidden, id, new SanitizationResult.Failed("sanitize failed: "
                + st.text().replaceAll("\\s+", " ")), Verification.none());
    }

    private static String firstLine(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
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

    private SanitizationRecord refuse(WipeJob job, ToolInfo tool, Instant start, String reason, Transcript t) {
        LOG.warn("hdparm refuses {}: {}", job.target().device(), reason);
        return WipeRecords.failed(context, job, tool, start, "refused: " + reason, t.text.toString());
    }

    private SanitizationRecord refuse(WipeJob job, ToolInfo tool, Instant start, HiddenAreaReport hidden,
                                      String reason, Transcript t, HdparmIdentify id) {
        LOG.warn("hdparm refuses {}: {}", job.target().device(), reason);
        return finish(job, tool, start, t, hidden, id, new SanitizationResult.Failed("refused: " + reason),
                Verification.none());
    }

    private SanitizationRecord finish(WipeJob job, ToolInfo tool, Instant start, Transcript t,
                                      HiddenAreaReport hidden, HdparmIdentify id, SanitizationResult result,
                                      Verification verification) {
        Instant end = context.clock().instant();
        HiddenAreaStatus hs = hidden == null ? HiddenAreaStatus.UNKNOWN : hidden.status();
        if (hidden != null) {
            t.text.append("# hidden areas: ").append(hidden.status()).append(" - ").append(hidden.detail())
                    .append('\n');
        }
        long bytes = result.completed() && id.capacityBytes() != null ? id.capacityBytes() : 0;
        return new SanitizationRecord(job.target().medium().serialNumber(), job.target().medium().type(),
                job.technique(), TechniqueParameters.firmware(job.technique().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'), verification.mode()), tool, start, end.isBefore(start) ? start : end,
                result, verification, ErrorCounts.NONE, hs, bytes, context.operator(), context.siteId(),
                WipeRecords.sha256(t.text.toString()));
    }
}
