package org.filiere.wipe.station;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.filiere.FiliereException;
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

/**
 * An engine that touches no disk: it lets {@link StationTime} pass as a real drive would take, sharing each
 * dock's bus among the overwrites running in it (max-min fair, each capped by its drive's speed, as in the
 * plan contract), reports progress, and returns records like a real tool (failures included, as the drive's
 * {@link SimulatedDrive} says). On a {@link VirtualTime} a month of a hub's work runs in seconds; the demo,
 * tests and benchmarks drive it with the same {@link StationRunner} as real engines.
 *
 * <p>Records say {@code tool = simulated}: they must never be mistaken for evidence about real media.
 * Thread-safe.
 *
 * <pre>{@code
 * SimulatedEngine engine = new SimulatedEngine(time, context, station, m -> SimulatedDrive.healthy(110, 120));
 * }</pre>
 */
public final class SimulatedEngine implements WipeEngine {
    /** The tool name written in records. */
    public static final String NAME = "simulated";
    private static final long STEP_SECONDS = 300;

    private final StationTime time;
    private final WipeContext context;
    private final Station station;
    private final Function<StorageMedium, SimulatedDrive> drives;
    private final Map<String, List<double[]>> activeByDock = new HashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    /**
     * @param time    the time to let pass (virtual or real)
     * @param context operator and site written in records (its clock should be {@code time.clock()})
     * @param station the station whose docks' buses are shared (device paths map to docks by prefix); null for
     *                no bus limit
     * @param drives  how each medium behaves
     */
    public SimulatedEngine(StationTime time, WipeContext context, Station station,
                           Function<StorageMedium, SimulatedDrive> drives) {
        this.time = Require.nonNull(time, "time");
        this.context = Require.nonNull(context, "context");
        this.station = station;
        this.drives = Require.nonNull(drives, "drives");
    }

    /** A drive of typical speed for its media type (HDD 120 MB/s, SATA SSD 450, NVMe 1500). */
    public static SimulatedDrive typical(StorageMedium m) {
        switch (m.type()) {
            case ATA_HDD: case SCSI_HDD: return SimulatedDrive.healthy(120, 2 * 3600);
            case NVME_SSD: return SimulatedDrive.healthy(1500, 60);
            case USB_FLASH: case MEMORY_CARD: return SimulatedDrive.healthy(30, 60);
            default: return SimulatedDrive.healthy(450, 120);
        }
    }

    /** Full sequential transfers an overwrite makes: the method's passes times rounds, blanking, verification. */
    public static int passes(OverwriteOptions o) {
        int methodPasses = methodPasses(o.method());
        int writes = methodPasses * o.rounds() + (o.blank() ? 1 : 0);
        int reads = o.verify() == VerifyPasses.OFF ? 0 : o.verify() == VerifyPasses.LAST ? 1 : writes;
        return writes + reads;
    }

    private static int methodPasses(String method) {
        switch (method.toLowerCase(Locale.ROOT)) {
            case "dodshort": case "dod3pass": return 3;
            case "dod522022m": case "dod": return 7;
            case "gutmann": return 35;
            case "ops2": return 8;
            case "is5enh": return 3;
            default: return 1;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Technique> techniques(StorageMedium medium) {
        Set<Technique> out = EnumSet.noneOf(Technique.class);
        out.add(Technique.OVERWRITE);
        out.addAll(medium.supportedTechniques());
        return out;
    }

    @Override
    public SanitizationRecord run(WipeJob job, ProgressListener progress, Cancellation cancellation) {
        Require.nonNull(job, "job");
        StorageMedium medium = job.target().medium();
        SanitizationRecord refused = refuse(job);
        if (refused != null) {
            return refused;
        }
        SimulatedDrive drive = Require.nonNull(drives.apply(medium), "drive behaviour");
        int attempt = attempts.computeIfAbsent(medium.serialNumber(), k -> new AtomicInteger()).incrementAndGet();
        boolean fails = attempt <= drive.failures();
        Instant start = time.now();
        try {
            return job.technique() == Technique.OVERWRITE
                    ? overwrite(job, drive, fails, start, progress, cancellation)
                    : firmware(job, drive, fails, start, progress, cancellation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return record(job, start, new SanitizationResult.Interrupted("thread interrupted"), Verification.none(),
                    ErrorCounts.NONE, 0, params(job));
        }
    }

    private SanitizationRecord refuse(WipeJob job) {
        StorageMedium m = job.target().medium();
        if (job.technique() == Technique.OVERWRITE || job.technique() == Technique.OS_REINSTALL) {
            return null;
        }
        if (job.technique().isDestructive()) {
            throw new FiliereException("the simulated engine does not destroy media").with("technique",
                    job.technique());
        }
        if (!m.supportedTechniques().contains(job.technique())) {
            return WipeRecords.failed(context, job, tool(), time.now(),
                    "refused: the drive does not report supporting " + job.technique(), null);
        }
        Dock dock = dockOf(job);
        if (m.type().isAta() && dock != null && !dock.ataPassThrough()) {
            return WipeRecords.failed(context, job, tool(), time.now(),
                    "refused: no ATA pass-through in dock " + dock.id(), null);
        }
        return null;
    }

    private SanitizationRecord overwrite(WipeJob job, SimulatedDrive drive, boolean fails, Instant start,
                                         ProgressListener progress, Cancellation cancel) throws InterruptedException {
        StorageMedium m = job.target().medium();
        long capacity = m.capacityBytes() == null ? 0 : m.capacityBytes();
        int passes = passes(job.overwrite());
        double totalMb = capacity * (double) passes / 1e6;
        double doneMb = 0;
        double failAt = fails ? totalMb * 0.4 : Double.MAX_VALUE;
        Dock dock = dockOf(job);
        String key = dock == null ? "" : dock.id();
        double[] me = {drive.mbps()};
        synchronized (activeByDock) {
            activeByDock.computeIfAbsent(key, k -> new ArrayList<>()).add(me);
        }
        try {
            Instant now = start;
            while (doneMb < totalMb) {
                if (cancel.isCancelled()) {
                    return record(job, start, new SanitizationResult.Interrupted("aborted by the operator"),
                            Verification.none(), ErrorCounts.NONE, (long) (doneMb * 1e6 / passes), params(job));
                }
                double rate = rate(key, dock, me);
                double stepMb = Math.min(totalMb - doneMb, rate * STEP_SECONDS);
                long millis = (long) Math.ceil(stepMb / rate * 1000);
                now = now.plusMillis(Math.max(1, millis));
                time.sleepUntil(now, cancel);
                if (cancel.isCancelled()) {
                    continue;
                }
                doneMb += stepMb;
                if (doneMb >= failAt) {
                    return record(job, start, new SanitizationResult.Failed(drive.failureReason()),
                            Verification.none(), new ErrorCounts(128, 0, 0), (long) (doneMb * 1e6 / passes),
                            params(job));
                }
                int pass = Math.min(passes, 1 + (int) (doneMb / totalMb * passes));
                progress.onProgress(new Progress(job.target().device(), "pass " + pass + "/" + passes,
                        Math.min(1.0, doneMb / totalMb)));
            }
        } finally {
            synchronized (activeByDock) {
                activeByDock.get(key).remove(me);
            }
        }
        Verification v = job.overwrite().verify() == VerifyPasses.OFF ? Verification.none()
                : new Verification(VerificationMode.FULL, true, 0, "simulated read-back: all zeros");
        return record(job, start, new SanitizationResult.Completed(), v, ErrorCounts.NONE, capacity, params(job));
    }

    private SanitizationRecord firmware(WipeJob job, SimulatedDrive drive, boolean fails, Instant start,
                                        ProgressListener progress, Cancellation cancel) throws InterruptedException {
        long total = Math.max(1, drive.firmwareSeconds());
        if (!job.target().medium().type().isFlash() && job.technique() != Technique.TCG_CRYPTO_ERASE
                && job.technique() != Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE) {
            long capacity = job.target().medium().capacityBytes() == null ? 0 : job.target().medium().capacityBytes();
            total = Math.max(total, (long) (capacity / 1e6 / drive.mbps()));
        }
        Instant end = start.plusSeconds(total);
        Instant now = start;
        while (now.isBefore(end)) {
            now = now.plusSeconds(Math.min(STEP_SECONDS, Duration.between(now, end).getSeconds()));
            time.sleepUntil(now, cancel);
            if (cancel.isCancelled()) {
                return record(job, start, new SanitizationResult.Interrupted("aborted by the operator"),
                        Verification.none(), ErrorCounts.NONE, 0, params(job));
            }
            progress.onProgress(new Progress(job.target().device(), job.technique().name().toLowerCase(Locale.ROOT),
                    Math.min(1.0, Duration.between(start, now).getSeconds() / (double) total)));
        }
        if (fails) {
            return record(job, start, new SanitizationResult.Failed(drive.failureReason()), Verification.none(),
                    ErrorCounts.NONE, 0, params(job));
        }
        return record(job, start, new SanitizationResult.Completed(),
                new Verification(VerificationMode.SAMPLED, true, 0, "simulated sampled read-back: no user data"),
                ErrorCounts.NONE, 0, params(job));
    }

    /** Max-min fair share of the dock's bus for {@code me}, capped by its drive speed. */
    private double rate(String key, Dock dock, double[] me) {
        if (dock == null) {
            return me[0];
        }
        List<Double> caps = new ArrayList<>();
        synchronized (activeByDock) {
            for (double[] a : activeByDock.get(key)) {
                caps.add(a[0]);
            }
        }
        caps.sort(Double::compare);
        double remaining = dock.busMBps();
        int n = caps.size();
        for (double c : caps) {
            double share = remaining / n;
            if (c >= share) {
                return Math.min(me[0], share);
            }
            remaining -= c;
            n--;
        }
        return me[0];
    }

    private Dock dockOf(WipeJob job) {
        if (station == null) {
            return null;
        }
        String path = job.target().device().toString();
        for (Dock d : station.docks()) {
            if (d.devicePrefix() != null && path.startsWith(d.devicePrefix())) {
                return d;
            }
        }
        return station.docks().size() == 1 ? station.docks().get(0) : null;
    }

    private static TechniqueParameters params(WipeJob job) {
        if (job.overwrite() == null) {
            return TechniqueParameters.firmware(job.technique().name().toLowerCase(Locale.ROOT),
                    VerificationMode.SAMPLED);
        }
        OverwriteOptions o = job.overwrite();
        return new TechniqueParameters(o.method(), passes(o), "zero".equals(o.method()) ? "0x00" : null, o.rounds(),
                o.verify().mode(), o.blank());
    }

    private ToolInfo tool() {
        return new ToolInfo(NAME, "filiere-sim 1");
    }

    private SanitizationRecord record(WipeJob job, Instant start, SanitizationResult result, Verification v,
                                      ErrorCounts errors, long bytes, TechniqueParameters params) {
        StorageMedium m = job.target().medium();
        Instant end = time.now();
        HiddenAreaStatus hidden = m.type().isAta() ? HiddenAreaStatus.ABSENT : HiddenAreaStatus.NOT_APPLICABLE;
        String log = "simulated " + job.technique() + " of " + m.serialNumber() + " on " + job.target().device()
                + " from " + start + " to " + end + ": " + result;
        return new SanitizationRecord(m.serialNumber(), m.type(), job.technique(), params, tool(), start, end, result,
                v, errors, hidden, bytes, context.operator(), context.siteId(), WipeRecords.sha256(log));
    }

}
