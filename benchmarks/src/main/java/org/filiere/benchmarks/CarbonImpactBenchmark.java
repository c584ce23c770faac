package org.filiere.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.filiere.carbon.DonatedDevice;
import org.filiere.carbon.Factor;
import org.filiere.carbon.FactorSet;
import org.filiere.carbon.ImpactCalculator;
import org.filiere.carbon.ImpactMethod;
import org.filiere.carbon.Outcome;
import org.filiere.carbon.PartAdded;
import org.filiere.carbon.PartKind;
import org.filiere.device.DeviceCategory;
import org.filiere.reporting.carbon.FactorSets;
import org.filiere.topology.TransportMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Impact of one million devices with the default factor set and S = 0.7: mixed categories (some uncovered),
 * 80 % reused, a third with parts, transport by several modes, 200 donors, 1 000 agreements, 5 sites, two years
 * of dates. {@code report} is the full calculation with every grouping; {@code assessOnly} the per-device
 * calculation summed without grouping; {@code baselineSumNewTimesS} a plain loop summing E_new × S over the same
 * devices (the least any implementation must do).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CarbonImpactBenchmark {
    private static final int DEVICES = 1_000_000;
    private static final double S = 0.7;

    private List<DonatedDevice> devices;
    private ImpactCalculator calculator;
    private double[] newByCategory;

    @Setup
    public void setUp() {
        FactorSet set = FactorSets.defaultSet();
        calculator = new ImpactCalculator(set, S, new ImpactMethod.Substitution());
        newByCategory = new double[DeviceCategory.values().length];
        for (Factor f : set.factors().values()) {
            newByCategory[f.category().ordinal()] = f.embodiedKgCO2e();
        }
        Random random = new Random(42);
        DeviceCategory[] cats = DeviceCategory.values();
        TransportMode[] modes = TransportMode.values();
        PartKind[] kinds = PartKind.values();
        String[] donors = new String[200];
        for (int i = 0; i < donors.length; i++) {
            donors[i] = "donor-" + i;
        }
        String[] agreements = new String[1000];
        for (int i = 0; i < agreements.length; i++) {
            agreements[i] = "CONV-" + i;
        }
        String[] sites = {"miraille", "chorges", "cimelab", "ccpe", "leader"};
        LocalDate start = LocalDate.of(2025, 1, 1);
        devices = new ArrayList<>(DEVICES);
        for (int i = 0; i < DEVICES; i++) {
            int r = random.nextInt(10);
            Outcome outcome = r < 8 ? Outcome.REUSED : r == 8 ? Outcome.RECYCLED : Outcome.DESTROYED;
            List<PartAdded> parts = random.nextInt(3) == 0
                    ? List.of(new PartAdded(kinds[random.nextInt(kinds.length)], 1 + random.nextInt(2)))
                    : List.of();
            devices.add(new DonatedDevice(cats[random.nextInt(cats.length)], outcome, random.nextInt(200),
                    modes[random.nextInt(modes.length)], parts, null, donors[random.nextInt(donors.length)],
                    agreements[random.nextInt(agreements.length)], sites[random.nextInt(sites.length)],
                    start.plusDays(random.nextInt(730))));
        }
    }

    @Benchmark
    public Object report() {
        return calculator.report(devices);
    }

    @Benchmark
    public double assessOnly() {
        double sum = 0;
        for (DonatedDevice d : devices) {
            sum += calculator.assess(d).avoidedKgCO2e();
        }
        return sum;
    }

    @Benchmark
    public double baselineSumNewTimesS() {
        double sum = 0;
        for (DonatedDevice d : devices) {
            sum += newByCategory[d.category().ordinal()] * S;
        }
        return sum;
    }
}
