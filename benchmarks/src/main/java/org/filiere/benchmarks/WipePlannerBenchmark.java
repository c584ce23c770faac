package org.filiere.benchmarks;

import java.util.concurrent.TimeUnit;
import org.filiere.wipe.schedule.Plan;
import org.filiere.wipe.schedule.Station;
import org.filiere.wipe.schedule.Strategy;
import org.filiere.wipe.schedule.WipePlanner;
import org.filiere.wipe.schedule.Workload;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning time of the wipe planner (and of the fifo baseline, for scale) on 100, 1 000 and 10 000 disks of
 * the realistic family ({@link WipeInstances}). Plan quality is measured by {@link WipePlanQuality}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class WipePlannerBenchmark {
    @Param({"100", "1000", "10000"})
    public int tasks;

    private Station station;
    private Workload workload;
    private final WipePlanner planner = new WipePlanner();

    @Setup
    public void setUp() {
        station = WipeInstances.station();
        workload = WipeInstances.workload(7, tasks);
    }

    @Benchmark
    public Plan planner() {
        return planner.plan(station, workload, Strategy.PLANNER);
    }

    @Benchmark
    public Plan fifo() {
        return planner.plan(station, workload, Strategy.FIFO);
    }
}
