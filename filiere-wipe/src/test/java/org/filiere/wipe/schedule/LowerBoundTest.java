package org.filiere.wipe.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The per-dock components of {@link LowerBound} on hand-computable instances, and its validity on the hub. */
class LowerBoundTest {
    private static final long H = 60;

    /** A 2-bay dock sharing 100 MB/s and a single 550 MB/s pass-through bay, open every day 08:00-20:00 UTC. */
    private static Station station() {
        return new Station(new OpeningHours(ZoneOffset.UTC, List.of(new OpeningHours.Window(
                EnumSet.allOf(DayOfWeek.class), LocalTime.of(8, 0), LocalTime.of(20, 0)))), 1, H,
                List.of(new Dock("usb", 2, 100, false), new Dock("sata", 1, 550, true)));
    }

    /** 20 HDDs of 200 000 MB at 100 MB/s and one SSD of 500 000 MB at 500 MB/s, from 08:00. */
    private static List<Task> disks() {
        List<Task> tasks = new ArrayList<>();
        for (int j = 0; j < 20; j++) {
            tasks.add(new Task.Overwrite("hdd" + j, 200_000_000_000L, 100, 1, null));
        }
        tasks.add(new Task.Overwrite("ssd", 500_000_000_000L, 500, 1, null));
        return tasks;
    }

    private static Workload workload(List<Task> tasks) {
        return new Workload(OffsetDateTime.parse("2026-06-02T08:00:00Z").toInstant(), tasks);
    }

    @Test
    void aSingleFastBayIsBoundedByTheDrivesItCanHoldNotByItsFastestDrive() {
        // By T (within the first day, s0 = 0): the 2-bay dock transfers at most 100·(T − h). The single bay
        // has T bay-seconds; the SSD costs h/w + 1/500 s per MB (1 060 s in all), an HDD h/w + 1/100 s per MB,
        // so it transfers at most 500 000 + (T − 1 060) / (h/200 000 + 1/100). Both together reach the
        // 4 500 000 MB of work at T = (4 500 000 − 500 000 + 100·h + 1 060/c) / (100 + 1/c).
        double c = H / 200_000.0 + 1 / 100.0;
        double expected = (4_500_000 - 500_000 + 100.0 * H + 1060 / c) / (100 + 1 / c);
        LowerBound lb = LowerBound.of(station(), workload(disks()));
        assertThat(lb.bus()).isCloseTo(expected, within(1.0));
        assertThat(lb.seconds()).isEqualTo(lb.bus());
        // the previous bus bound let the single bay run at its fastest drive's 500 MB/s all along
        double rateOnly = H + 4_500_000 / 600.0;
        assertThat(lb.bus()).isGreaterThan(2.5 * rateOnly);
        Plan plan = new WipePlanner().plan(station(), workload(disks()));
        assertThat(IndependentValidator.validate(station(), workload(disks()), plan)).isEmpty();
        assertThat(plan.makespanSeconds()).isGreaterThanOrEqualTo(lb.seconds());
    }

    @Test
    void handlingsOfFirmwareErasesThatNeedTheOnlyPassThroughDockTakeItsBayTime() {
        List<Task> tasks = disks();
        tasks.add(new Task.Firmware("se1", 300, true, null));
        tasks.add(new Task.Firmware("se2", 300, true, null));
        // the single bay loses 2·h bay-seconds to the two handlings
        double c = H / 200_000.0 + 1 / 100.0;
        double expected = (4_500_000 - 500_000 + 100.0 * H + (1060 + 2 * H) / c) / (100 + 1 / c);
        LowerBound lb = LowerBound.of(station(), workload(tasks));
        assertThat(lb.bus()).isCloseTo(expected, within(1.0));
        assertThat(lb.bus()).isGreaterThan(LowerBound.of(station(), workload(disks())).bus() + 50);
    }

    @Test
    void knapsackFillsTheCheapestWorkFirstWithinTheBayTimeAndEachTasksRate() {
        // {work, rate, bay-seconds per MB}: A is cheaper per MB than B
        double[][] items = {{100, 10, 0.2}, {1000, 1, 1.5}};
        // 100 MB of A for 20 s, then 30 s buy 20 MB of B
        assertThat(LowerBound.knapsack(items, 50, 1000)).isCloseTo(120, within(1e-9));
        // over 5 s, A can do only 50 MB (10 s) and B only 5 MB (7.5 s)
        assertThat(LowerBound.knapsack(items, 50, 5)).isCloseTo(55, within(1e-9));
        assertThat(LowerBound.knapsack(items, 0, 1000)).isZero();
    }

    @Test
    void gapsCountEachTaskOnceNotTheLargestTaskInEveryGap() {
        Dock one = new Dock("one", 1, 1000, false);
        double[] w = {600_000, 100_000};
        double[] r = {10, 10};
        // one gap of 50 000 s: the bay holds one task, at most 10 MB/s · 50 000 s
        assertThat(LowerBound.gapWork(one, 10, w, r, List.of(50_000.0))).isCloseTo(500_000, within(1e-6));
        // two such gaps: not 2 × 500 000 (the big task twice) but both tasks once: 600 000 + 100 000
        assertThat(LowerBound.gapWork(one, 10, w, r, List.of(50_000.0, 50_000.0))).isCloseTo(700_000, within(1e-6));
    }

    @Test
    void sumOfLargestAgreesWithSortingOnRandomArraysWithTies() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int trial = 0; trial < 500; trial++) {
            double[] a = new double[1 + rnd.nextInt(40)];
            for (int i = 0; i < a.length; i++) {
                a[i] = rnd.nextInt(8);
            }
            int k = rnd.nextInt(a.length + 1);
            double[] sorted = a.clone();
            java.util.Arrays.sort(sorted);
            double expected = 0;
            for (int q = 0; q < k; q++) {
                expected += sorted[sorted.length - 1 - q];
            }
            assertThat(LowerBound.sumOfLargest(a.clone(), k)).as("trial %d", trial).isEqualTo(expected);
        }
    }

    @Test
    void onTheHubStationNoPlanOfAnyStrategyBeatsTheBound() {
        Station hub = new Station(new OpeningHours(java.time.ZoneId.of("Europe/Paris"), List.of(
                new OpeningHours.Window(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0),
                        LocalTime.of(17, 0)))), 1, 120,
                List.of(new Dock("usb8", 8, 400, false), new Dock("sata1", 1, 550, true)));
        WipePlanner planner = new WipePlanner();
        for (long seed = 1; seed <= 60; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            List<Task> tasks = new ArrayList<>();
            int n = 5 + rnd.nextInt(30);
            for (int j = 0; j < n; j++) {
                int kind = rnd.nextInt(100);
                if (kind < 35) {
                    tasks.add(new Task.Overwrite("a" + j, (250 + rnd.nextInt(751)) * 1_000_000_000L,
                            60 + rnd.nextInt(51), 2 + rnd.nextInt(2), null));
                } else if (kind < 70) {
                    tasks.add(new Task.Overwrite("b" + j, (500 + rnd.nextInt(1501)) * 1_000_000_000L,
                            100 + rnd.nextInt(61), 2 + rnd.nextInt(2), null));
                } else if (kind < 85) {
                    tasks.add(new Task.Overwrite("s" + j, (120 + rnd.nextInt(393)) * 1_000_000_000L,
                            400 + rnd.nextInt(121), 2, null));
                } else {
                    tasks.add(new Task.Firmware("f" + j, 120 + rnd.nextInt(481), true, null));
                }
            }
            Workload wl = new Workload(OffsetDateTime.parse("2026-06-02T09:00:00+02:00").toInstant(), tasks);
            for (Strategy s : Strategy.values()) {
                Plan plan = planner.plan(hub, wl, s);
                assertThat(IndependentValidator.validate(hub, wl, plan)).as("seed %d %s", seed, s).isEmpty();
                assertThat(plan.makespanSeconds()).as("seed %d %s", seed, s)
                        .isGreaterThanOrEqualTo(plan.lowerBoundSeconds());
            }
        }
    }
}
