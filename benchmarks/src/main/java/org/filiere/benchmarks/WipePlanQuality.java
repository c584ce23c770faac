package org.filiere.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import org.filiere.wipe.schedule.Station;
import org.filiere.wipe.schedule.Strategy;
import org.filiere.wipe.schedule.WipePlanner;
import org.filiere.wipe.schedule.Workload;

/**
 * Plan quality on the realistic family ({@link WipeInstances}): for each seed, makespan of planner, fifo and
 * batch-fill divided by the proven lower bound; prints a Markdown table.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.filiere.benchmarks.WipePlanQuality [seeds] [disks]}.
 */
public final class WipePlanQuality {
    private WipePlanQuality() {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Station st = WipeInstances.station();
        WipePlanner planner = new WipePlanner();
        Strategy[] all = {Strategy.PLANNER, Strategy.FIFO, Strategy.BATCH_FILL};
        double[][] ratio = new double[all.length][seeds];
        double[][] span = new double[all.length][seeds];
        for (int s = 0; s < seeds; s++) {
            Workload wl = WipeInstances.workload(1000 + s, n);
            for (int i = 0; i < all.length; i++) {
                var plan = planner.plan(st, wl, all[i]);
                ratio[i][s] = plan.ratioToBound();
                span[i][s] = plan.makespanSeconds();
            }
        }
        System.out.printf(Locale.ROOT, "%d instances of %d disks%n%n", seeds, n);
        System.out.println("| strategy | mean makespan / LB | median | worst | mean makespan (h) |");
        System.out.println("|---|---|---|---|---|");
        for (int i = 0; i < all.length; i++) {
            double[] sorted = ratio[i].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.1f |%n", all[i].label(),
                    Arrays.stream(ratio[i]).average().orElse(0), sorted[seeds / 2], sorted[seeds - 1],
                    Arrays.stream(span[i]).average().orElse(0) / 3600);
        }
        double vsFifo = 0;
        double vsBatch = 0;
        for (int s = 0; s < seeds; s++) {
            vsFifo += 1 - span[0][s] / span[1][s];
            vsBatch += 1 - span[0][s] / span[2][s];
        }
        System.out.printf(Locale.ROOT, "%nplanner makespan shorter than fifo by %.1f %%, than batch-fill by %.1f %% "
                + "(mean of per-instance reductions)%n", 100 * vsFifo / seeds, 100 * vsBatch / seeds);
    }
}
