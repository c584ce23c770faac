package org.filiere.wipe.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The planner against the true optimum over list schedules (see {@link BruteForce}) on tiny instances. */
class TinyOptimumTest {

    static RandomInstances.Instance tiny(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Dock> docks = new ArrayList<>();
        docks.add(new Dock("multi", 2 + r.nextInt(2), 200 + r.nextInt(300), false));
        docks.add(new Dock("single", 1, 550, true));
        OpeningHours hours = new OpeningHours(ZoneId.of("Europe/Paris"), List.of(new OpeningHours.Window(
                EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))));
        Station st = new Station(hours, 1 + r.nextInt(2), 120, docks);
        List<Task> tasks = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (r.nextInt(5) == 0) {
                tasks.add(new Task.Firmware("f" + j, 60 + r.nextInt(3600), r.nextBoolean(), null));
            } else {
                tasks.add(new Task.Overwrite("o" + j, (long) (1e9 * (50 + r.nextInt(1500))), 40 + r.nextInt(460),
                        1 + r.nextInt(3), null));
            }
        }
        String start = r.nextBoolean() ? "2026-06-02T09:00:00+02:00" : "2026-06-06T14:30:00+02:00";
        return new RandomInstances.Instance(st, new Workload(OffsetDateTime.parse(start).toInstant(), tasks));
    }

    @Test
    void plannerIsCloseToTheBruteForceOptimumAndTheBoundNeverExceedsIt() {
        WipePlanner planner = new WipePlanner();
        double sumRatio = 0;
        double worst = 0;
        int count = 0;
        int optimal = 0;
        for (long seed = 1; seed <= 24; seed++) {
            RandomInstances.Instance in = tiny(seed, seed % 6 == 0 ? 6 : 4 + (int) (seed % 2));
            double opt = BruteForce.optimum(in.station(), in.workload());
            Plan plan = planner.plan(in.station(), in.workload());
            assertThat(IndependentValidator.validate(in.station(), in.workload(), plan)).isEmpty();
            assertThat(plan.lowerBoundSeconds()).as("seed %d: the bound is below the optimum", seed)
                    .isLessThanOrEqualTo(opt + 1e-6);
            double ratio = plan.makespanSeconds() / opt;
            sumRatio += ratio;
            worst = Math.max(worst, ratio);
            optimal += ratio <= 1 + 1e-9 ? 1 : 0;
            count++;
        }
        System.out.printf("tiny instances: planner/optimum mean %.4f, worst %.4f, optimal in %d of %d%n",
                sumRatio / count, worst, optimal, count);
        assertThat(sumRatio / count).isLessThanOrEqualTo(1.03);
        assertThat(worst).isLessThanOrEqualTo(1.25);
    }
}
