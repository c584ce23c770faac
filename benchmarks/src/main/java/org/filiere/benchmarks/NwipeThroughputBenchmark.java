package org.filiere.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.reporting.journal.Journal;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Level;
import org.filiere.wipe.engine.OverwriteOptions;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeTarget;
import org.filiere.wipe.nwipe.NwipeConfig;
import org.filiere.wipe.nwipe.NwipeEngine;
import org.filiere.wipe.process.SystemProcessRunner;
import org.filiere.wipe.station.Bay;
import org.filiere.wipe.station.GreedyDispatcher;
import org.filiere.wipe.station.SimulatedEngine;
import org.filiere.wipe.station.Station;
import org.filiere.wipe.station.StationListener;
import org.filiere.wipe.station.StationReport;
import org.filiere.wipe.station.StationRunner;
import org.filiere.wipe.station.StationTask;
import org.filiere.wipe.station.StationTime;
import org.filiere.wipe.station.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Real wipes (root and nwipe required): the same loop devices wiped by one plain {@code nwipe} process given
 * all of them ({@link #plainNwipe}, nwipe's own multi-device mode, the baseline) and by the station runner
 * ({@link #runner}: one nwipe process per device, durable journal with fsync per entry, progress parsing).
 * Same method everywhere: zero, 1 round, blanking, verify last (3 transfers). Wall time per batch; the ratio
 * runner / plain is the runner's cost.
 *
 * <p>Run: {@code sudo java -jar benchmarks/target/benchmarks.jar NwipeThroughput -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class NwipeThroughputBenchmark {
    @Param({"4"})
    int devices;

    @Param({"256"})
    int mib;

    private Path dir;
    private final List<Path> loops = new ArrayList<>();

    @Setup
    public void setUp() throws Exception {
        if (!"0".equals(run("id", "-u").strip())) {
            throw new IllegalStateException("needs root and nwipe (loop devices)");
        }
        dir = Files.createTempDirectory("filiere-nwipe-bench");
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) 0x5a);
        for (int i = 0; i < devices; i++) {
            Path f = dir.resolve("d" + i + ".img");
            try (OutputStream out = Files.newOutputStream(f)) {
                for (int m = 0; m < mib; m++) {
                    out.write(block);
                }
            }
            loops.add(Path.of(run("losetup", "-f", "--show", f.toString()).strip()));
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        for (Path l : loops) {
            run("losetup", "-d", l.toString());
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public int plainNwipe() throws Exception {
        List<String> cmd = new ArrayList<>(List.of("nwipe", "--autonuke", "--nogui", "--nowait", "--method=zero",
                "--rounds=1", "--verify=last", "--logfile=" + dir.resolve("plain.log")));
        loops.forEach(l -> cmd.add(l.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("plain.out").toFile())
                .start();
        return p.waitFor();
    }

    @Benchmark
    public StationReport runner() throws Exception {
        Path journalFile = Files.createTempFile(dir, "journal", ".jsonl");
        Files.delete(journalFile);
        WipeContext ctx = new WipeContext(Clock.systemUTC(), "bench", "hub");
        NwipeEngine engine = new NwipeEngine(new SystemProcessRunner(), ctx, NwipeConfig.defaults(dir.resolve("logs")));
        OverwriteOptions o = OverwriteOptions.zeroVerified();
        List<StationTask> tasks = new ArrayList<>();
        for (int i = 0; i < loops.size(); i++) {
            long bytes = (long) mib << 20;
            StorageMedium m = new StorageMedium(MediaType.ATA_HDD, "LOOP-" + i + "-" + System.nanoTime(), "Loopback",
                    bytes, null, null, null, HiddenAreaStatus.NOT_APPLICABLE);
            tasks.add(new StationTask(m.serialNumber(), WipeJob.overwrite(WipeTarget.withoutSerialCheck(loops.get(i), m),
                    o), Level.CLEAR, Workload.overwrite(bytes, 200, SimulatedEngine.passes(o)), null,
                    new Bay("local", i + 1)));
        }
        try (Journal journal = Journal.open(journalFile, Clock.systemUTC())) {
            StationReport r = new StationRunner(Station.attached(loops.size(), 1e6), engine, journal,
                    StationTime.real(), new GreedyDispatcher()).run(tasks, StationListener.NONE);
            if (!r.allErased()) {
                throw new IllegalStateException("a wipe failed: " + r.outcomes());
            }
            return r;
        }
    }

    private static String run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
