package org.filiere.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.ledger.InMemoryLedger;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.wipe.engine.OverwriteOptions;
import org.filiere.wipe.engine.ProgressListener;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeTarget;
import org.filiere.wipe.process.Cancellation;
import org.filiere.wipe.station.Dock;
import org.filiere.wipe.station.GreedyDispatcher;
import org.filiere.wipe.station.OpeningHours;
import org.filiere.wipe.station.SimulatedEngine;
import org.filiere.wipe.station.Station;
import org.filiere.wipe.station.StationListener;
import org.filiere.wipe.station.StationReport;
import org.filiere.wipe.station.StationRunner;
import org.filiere.wipe.station.StationTask;
import org.filiere.wipe.station.VirtualTime;
import org.filiere.wipe.station.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The station runner's cost per task on the simulated engine and a virtual clock: {@link #runner} runs a month
 * of a hub's work (200 hard disks on the 8-bay dock, journal in memory) through the runner; {@link #engineAlone}
 * runs the same 200 simulated wipes one after the other straight on the engine, same virtual clock, no runner.
 * Both report time per task; the difference is the runner's overhead (dispatching, threads, journal, retries).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StationRunnerBenchmark {
    static final int TASKS = 200;
    static final Instant START = Instant.parse("2026-06-02T07:00:00Z");
    private List<StationTask> tasks;

    @Setup
    public void setUp() {
        tasks = new ArrayList<>();
        OverwriteOptions o = OverwriteOptions.zeroVerified();
        for (int i = 0; i < TASKS; i++) {
            StorageMedium m = StorageMedium.of(MediaType.ATA_HDD, "HDD-" + i, (250L + (i % 4) * 250) * 1_000_000_000L);
            tasks.add(new StationTask(m.serialNumber(), WipeJob.overwrite(WipeTarget.withoutSerialCheck(
                    Path.of("/dev/sim/x"), m), o), Level.CLEAR, Workload.overwrite(m.capacityBytes(), 120,
                    SimulatedEngine.passes(o)), null, null));
        }
    }

    static Station station() {
        return new Station(List.of(new Dock("usb8", 8, 400, false, "/dev/sim/usb8/")), OpeningHours.always(), 8,
                Duration.ZERO);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public StationReport runner() {
        VirtualTime time = new VirtualTime(START);
        Station s = station();
        SimulatedEngine engine = new SimulatedEngine(time, new WipeContext(time.clock(), "bench", "hub"), s,
                SimulatedEngine::typical);
        return new StationRunner(s, engine, new InMemoryLedger(), time, new GreedyDispatcher())
                .run(tasks, StationListener.NONE);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public SanitizationRecord engineAlone() {
        VirtualTime time = new VirtualTime(START);
        Station s = station();
        SimulatedEngine engine = new SimulatedEngine(time, new WipeContext(time.clock(), "bench", "hub"), s,
                SimulatedEngine::typical);
        time.enlist();
        SanitizationRecord last = null;
        try {
            for (StationTask t : tasks) {
                WipeJob j = t.job();
                last = engine.run(new WipeJob(new WipeTarget(Path.of("/dev/sim/usb8/1"), j.target().medium(), null),
                        j.technique(), j.overwrite()), ProgressListener.NONE, Cancellation.none());
            }
        } finally {
            time.retire();
        }
        return last;
    }
}
