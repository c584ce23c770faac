package org.filiere.wipe.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.filiere.FiliereException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans which disk goes into which bay, and when, on a wipe station (contract {@code plan.md}). Stateless
 * and thread-safe; every result is deterministic for the same input.
 *
 * <pre>{@code
 * Plan plan = new WipePlanner().plan(station, workload, Strategy.PLANNER);
 * System.out.println(plan.makespanSeconds() + " s, bound " + plan.lowerBoundSeconds());
 * }</pre>
 *
 * <p>The {@link Strategy#PLANNER planner} is a list scheduler over an exact event simulation of the docks'
 * buses: a balancing pre-pass gives every task a preferred dock (unrelated-machines longest-first), then, each
 * time a bay is free while the hub is open and an operator is free, the bay takes (optionally earliest-due
 * first) the longest preferred task that still ends before closing, else the longest one, which then runs
 * overnight; firmware tasks that need ATA pass-through only ever go to pass-through bays. It tries a small set
 * of variants of these rules, keeps the best by (late tasks, makespan, tardiness, sum of ends), then improves
 * it locally by perturbing task priorities and preferred docks for an amount of work that shrinks with the
 * workload's size (so 10 000 tasks stay well under a second).
 */
public final class WipePlanner {
    private static final Logger LOG = LoggerFactory.getLogger(WipePlanner.class);
    /** Budget of task-simulations for local improvement (iterations × tasks) above 500 tasks. */
    private static final long IMPROVEMENT_BUDGET = 60_000;
    /**
     * Budget up to 500 tasks, at most {@link #MAX_ITERATIONS} iterations: a run is cheap there and more
     * improvement pays (on the realistic family of 40 disks, 3 000 iterations instead of 300 shorten plans by
     * about 3.5 %).
     */
    private static final long SMALL_IMPROVEMENT_BUDGET = 120_000;
    private static final long MAX_ITERATIONS = 3000;
    private static final long SEED = 0x5EEDL;

    /** Plans with the {@link Strategy#PLANNER planner}. */
    public Plan plan(Station station, Workload workload) {
        return plan(station, workload, Strategy.PLANNER);
    }

    /**
     * Plans {@code workload} on {@code station} with {@code strategy}.
     *
     * @throws FiliereException when a task cannot run in any dock (a firmware task that needs ATA
     *                          pass-through on a station without such a dock)
     */
    public Plan plan(Station station, Workload workload, Strategy strategy) {
        for (Task t : workload.tasks()) {
            if (!station.canRun(t)) {
                throw new FiliereException("no dock can run this task (it needs ATA pass-through)")
                        .with("task", t.id());
            }
        }
        LowerBound bound = LowerBound.of(station, workload);
        Engine best = switch (strategy) {
            case FIFO -> run(station, workload, e -> new Baselines.Fifo(e));
            case BATCH_FILL -> run(station, workload, e -> new Baselines.BatchFill(e));
            case PLANNER -> planner(station, workload);
        };
        Plan plan = best.toPlan(strategy, bound);
        LOG.debug("{}: {} tasks, makespan {} s, lower bound {} s", strategy.label(), workload.tasks().size(),
                plan.makespanSeconds(), bound.seconds());
        return plan;
    }

    private static Engine run(Station station, Workload workload,
                              java.util.function.Function<Engine, Engine.Policy> policy) {
        Engine e = new Engine(station, workload, new OpenCalendar(station.openingHours(), workload.start(),
                station.handlingSeconds()));
        e.run(policy.apply(e));
        return e;
    }

    private static Engine planner(Station station, Workload workload) {
        int n = workload.tasks().size();
        boolean anyDue = workload.tasks().stream().anyMatch(t -> t.due() != null);
        boolean multiDock = station.docks().size() > 1;
        List<PlannerPolicy.Knobs> variants = new ArrayList<>();
        boolean large = n > 3000;
        long[] slacks = large ? new long[] {3600} : new long[] {0, 3600, -1};
        double[] holds = large ? new double[] {0, 1.0} : new double[] {0, 1.0, 1.5};
        PlannerPolicy.Balance[] balances = !multiDock ? new PlannerPolicy.Balance[] {PlannerPolicy.Balance.NONE}
                : large ? new PlannerPolicy.Balance[] {PlannerPolicy.Balance.SUFFERAGE}
                : PlannerPolicy.Balance.values();
        for (boolean dueFirst : anyDue ? new boolean[] {false, true} : new boolean[] {false}) {
            for (long slack : slacks) {
                for (double hold : holds) {
                    for (PlannerPolicy.Balance balance : balances) {
                        variants.add(new PlannerPolicy.Knobs(slack, dueFirst, balance, PlannerPolicy.Steal.SMART,
                                hold, 3600));
                        if (!large && balance != PlannerPolicy.Balance.NONE) {
                            variants.add(new PlannerPolicy.Knobs(slack, dueFirst, balance,
                                    PlannerPolicy.Steal.ALWAYS, hold, 3600));
                        }
                    }
                }
            }
        }
        Engine best = null;
        long[] bestScore = null;
        PlannerPolicy.Knobs bestKnobs = null;
        int[] bestPref = null;
        // the balancing pre-pass depends only on the balance mode: compute it once per mode, not per variant
        java.util.Map<PlannerPolicy.Balance, int[]> prefs = new java.util.EnumMap<>(PlannerPolicy.Balance.class);
        Engine probe = new Engine(station, workload, new OpenCalendar(station.openingHours(), workload.start(),
                station.handlingSeconds()));
        double[][] dockTimes = PlannerPolicy.dockTimes(probe);
        for (PlannerPolicy.Knobs k : variants) {
            if (k.balance() != PlannerPolicy.Balance.NONE) {
                prefs.computeIfAbsent(k.balance(), b -> PlannerPolicy.preferences(probe, dockTimes, b));
            }
        }
        for (PlannerPolicy.Knobs k : variants) {
            PlannerPolicy[] holder = new PlannerPolicy[1];
            int[] pf = prefs.get(k.balance());
            Engine e = run(station, workload, eng -> holder[0] = new PlannerPolicy(eng, k, null, pf));
            long[] s = e.score();
            if (best == null || better(s, bestScore)) {
                best = e;
                bestScore = s;
                bestKnobs = k;
                bestPref = holder[0].pref();
            }
        }
        // local improvement: perturb one task's priority (its duration key) or preferred dock, keep if better
        long iterations = n == 0 ? 0 : Math.min(MAX_ITERATIONS, (n > 500 ? IMPROVEMENT_BUDGET
                : SMALL_IMPROVEMENT_BUDGET) / n);
        SplittableRandom rnd = new SplittableRandom(SEED);
        double[] noise = new double[n];
        java.util.Arrays.fill(noise, 1.0);
        int[] pref = bestPref;
        for (long it = 0; it < iterations; it++) {
            double[] tryNoise = noise;
            int[] tryPref = pref;
            int j = rnd.nextInt(n);
            if (pref != null && rnd.nextBoolean()) {
                int k = rnd.nextInt(station.docks().size());
                if (!station.docks().get(k).accepts(workload.tasks().get(j)) || k == pref[j]) {
                    continue;
                }
                tryPref = pref.clone();
                tryPref[j] = k;
            } else {
                tryNoise = noise.clone();
                tryNoise[j] *= Math.exp(rnd.nextDouble(-0.7, 0.7));
            }
            final double[] nz = tryNoise;
            final int[] pf = tryPref;
            final PlannerPolicy.Knobs kn = bestKnobs;
            Engine e = run(station, workload, eng -> new PlannerPolicy(eng, kn, nz, pf));
            long[] s = e.score();
            if (better(s, bestScore)) {
                best = e;
                bestScore = s;
                noise = tryNoise;
                pref = tryPref;
            }
        }
        return best;
    }

    private static boolean better(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return a[i] < b[i];
            }
        }
        return false;
    }
}
