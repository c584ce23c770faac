package org.filiere.wipe.schedule;

import java.util.Comparator;
import java.util.TreeSet;

/**
 * The planner's decision rule for {@link Engine}, parameterised by {@link Knobs} so that the planner can try
 * several variants and improve locally.
 *
 * <p>At each decision instant it serves free bays in order of per-bay bandwidth (single fast bays first).
 * For a bay of dock k it takes, among the tasks preferred for k (a balancing pre-pass assigns each task a
 * preferred dock, see {@link #preferences}):
 * <ol>
 *   <li>with {@code dueFirst}, the earliest-due task with a due date;</li>
 *   <li>otherwise the longest task whose estimated end comes at least {@code slack} seconds before the hub
 *       closes (it frees the bay for another load the same day); when none fits, the longest task overall,
 *       which then runs through the closed hours (long overwrites are packed before closing);</li>
 *   <li>when no preferred task is left, it may take another dock's task ({@code steal}), if that is expected
 *       to finish before that dock's own queue would let it start.</li>
 * </ol>
 */
final class PlannerPolicy implements Engine.Policy {

    /** Steal modes. */
    enum Steal { NEVER, SMART, ALWAYS }

    /**
     * How the pre-pass gives tasks a preferred dock: none, longest first, by sufferage, or longest first then
     * refined by moves and swaps between docks ({@link #refine}).
     */
    enum Balance { NONE, LONGEST_FIRST, SUFFERAGE, REFINED }

    /**
     * Variant parameters.
     *
     * @param slack    seconds kept before closing when fitting a task into the day; negative = pure longest-first
     * @param dueFirst serve tasks with a due date first, earliest due first
     * @param balance  the balancing pre-pass giving tasks preferred docks
     * @param steal    what a bay does when its dock has no preferred task left
     * @param hold     hold a free bay while the dock's loaded drives already ask for {@code hold} times its bus
     *                 (the bus is saturated) and closing is more than {@code evening} away: the bay is then
     *                 loaded in the evening with a fresh long task for the night (0 = never hold)
     * @param evening  seconds before closing from which every free bay is loaded
     */
    record Knobs(long slack, boolean dueFirst, Balance balance, Steal steal, double hold, long evening) {
    }

    private final Engine e;
    private final Knobs knobs;
    private final int n;
    private final int kDocks;
    /** key[k][j]: estimated duration of task j on dock k (with noise); slot n is the search probe. */
    private final double[][] key;
    private final double[][] dockTime;
    private final int[] pref;
    private final double[] backlog;
    private final TreeSet<Integer>[] prefSet;
    private final TreeSet<Integer>[] allSet;
    private final TreeSet<Integer>[] dueSet;
    private final Integer[] dockOrder;

    @SuppressWarnings("unchecked")
    PlannerPolicy(Engine e, Knobs knobs, double[] noise, int[] prefOverride) {
        this.e = e;
        this.knobs = knobs;
        this.n = e.n;
        this.kDocks = e.docks.length;
        key = new double[kDocks][n + 1];
        dockTime = dockTimes(e);
        for (int k = 0; k < kDocks; k++) {
            Dock d = e.docks[k];
            double share = d.busMBps() / d.bays();
            for (int j = 0; j < n; j++) {
                double p = e.tasks[j] instanceof Task.Overwrite o
                        ? o.workMB() / Math.min(o.driveMBps(), share)
                        : ((Task.Firmware) e.tasks[j]).firmwareSeconds();
                key[k][j] = p * (noise == null ? 1.0 : noise[j]);
            }
        }
        pref = prefOverride != null ? prefOverride.clone()
                : knobs.balance() == Balance.NONE ? null : preferences(e, dockTime, knobs.balance());
        backlog = new double[kDocks];
        prefSet = new TreeSet[kDocks];
        allSet = new TreeSet[kDocks];
        dueSet = new TreeSet[kDocks];
        for (int k = 0; k < kDocks; k++) {
            final double[] kk = key[k];
            Comparator<Integer> byKey = (a, b) -> {
                int c = Double.compare(kk[a], kk[b]);
                return c != 0 ? c : Integer.compare(a, b);
            };
            prefSet[k] = new TreeSet<>(byKey);
            allSet[k] = new TreeSet<>(byKey);
            Comparator<Integer> byDue = Comparator.<Integer, Long>comparing(j -> e.tasks[j].due().getEpochSecond())
                    .thenComparing(j -> -kk[j]).thenComparing(j -> j);
            dueSet[k] = new TreeSet<>(byDue);
        }
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < kDocks; k++) {
                if (e.docks[k].accepts(e.tasks[j])) {
                    allSet[k].add(j);
                    if (knobs.dueFirst() && e.tasks[j].due() != null) {
                        dueSet[k].add(j);
                    }
                }
            }
            if (pref != null) {
                prefSet[pref[j]].add(j);
                backlog[pref[j]] += dockTime[pref[j]][j];
            }
        }
        dockOrder = new Integer[kDocks];
        for (int k = 0; k < kDocks; k++) {
            dockOrder[k] = k;
        }
        java.util.Arrays.sort(dockOrder, Comparator.<Integer>comparingDouble(
                k -> -e.docks[k].busMBps() / e.docks[k].bays()).thenComparing(k -> e.docks[k].ataPassThrough() ? 0 : 1)
                .thenComparing(k -> k));
    }

    /**
     * Dock-time of task j on dock k: the time the dock needs for j when full of tasks like j (bus- or
     * drive-bound), or for a firmware task its bay-time spread over the dock's bays.
     */
    static double[][] dockTimes(Engine e) {
        double[][] c = new double[e.docks.length][e.n];
        for (int k = 0; k < e.docks.length; k++) {
            Dock d = e.docks[k];
            for (int j = 0; j < e.n; j++) {
                if (!d.accepts(e.tasks[j])) {
                    c[k][j] = Double.POSITIVE_INFINITY;
                } else if (e.tasks[j] instanceof Task.Overwrite o) {
                    c[k][j] = o.workMB() / Math.min(d.bays() * o.driveMBps(), d.busMBps());
                } else {
                    c[k][j] = (double) (((Task.Firmware) e.tasks[j]).firmwareSeconds() + e.h) / d.bays();
                }
            }
        }
        return c;
    }

    /** Balancing pre-pass: longest first, each task to the dock whose load plus the task's dock-time is least. */
    static int[] preferences(Engine e, double[][] c, Balance mode) {
        int kd = e.docks.length;
        Integer[] order = new Integer[e.n];
        double[] minC = new double[e.n];
        for (int j = 0; j < e.n; j++) {
            order[j] = j;
            double m = Double.POSITIVE_INFINITY;
            for (int k = 0; k < kd; k++) {
                m = Math.min(m, c[k][j]);
            }
            double second = Double.POSITIVE_INFINITY;
            for (int k = 0; k < kd; k++) {
                if (c[k][j] > m || (c[k][j] == m && second == Double.POSITIVE_INFINITY && k != argMin(c, j))) {
                    second = Math.min(second, c[k][j]);
                }
            }
            // sufferage: how much longer the task takes on its second-best dock (infinite when it has one dock)
            minC[j] = mode == Balance.SUFFERAGE
                    ? (second == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : second / m) : m;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(j -> -minC[j]).thenComparing(j -> j));
        double[] load = new double[kd];
        int[] pref = new int[e.n];
        for (int j : order) {
            int best = -1;
            for (int k = 0; k < kd; k++) {
                if (c[k][j] != Double.POSITIVE_INFINITY
                        && (best < 0 || load[k] + c[k][j] < load[best] + c[best][j])) {
                    best = k;
                }
            }
            pref[j] = best;
            load[best] += c[best][j];
        }
        if (mode == Balance.REFINED) {
            refine(c, pref, load, e.n <= 3000);
        }
        return pref;
    }

    /**
     * Load-balancing local search on the dock-times (unrelated machines): moves, and swaps of two tasks between
     * two docks, that lower the larger of the two docks' loads, or keep it and lower their sum (so a task that
     * is slow on a single fast bay is exchanged for one that uses that bay better). Deterministic.
     */
    static void refine(double[][] c, int[] pref, double[] load, boolean swaps) {
        int n = pref.length;
        int kd = load.length;
        double eps = 1e-9;
        for (int pass = 0; pass < 50; pass++) {
            boolean changed = false;
            for (int j = 0; j < n; j++) {
                int a = pref[j];
                for (int b = 0; b < kd; b++) {
                    if (b == a || c[b][j] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double la = load[a] - c[a][j];
                    double lb = load[b] + c[b][j];
                    if (improves(la, lb, load[a], load[b], eps)) {
                        load[a] = la;
                        load[b] = lb;
                        pref[j] = b;
                        a = b;
                        changed = true;
                    }
                }
            }
            if (swaps) {
                for (int j = 0; j < n; j++) {
                    for (int i = j + 1; i < n; i++) {
                        int a = pref[j];
                        int b = pref[i];
                        if (a == b || c[b][j] == Double.POSITIVE_INFINITY || c[a][i] == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        double la = load[a] - c[a][j] + c[a][i];
                        double lb = load[b] - c[b][i] + c[b][j];
                        if (improves(la, lb, load[a], load[b], eps)) {
                            load[a] = la;
                            load[b] = lb;
                            pref[j] = b;
                            pref[i] = a;
                            changed = true;
                        }
                    }
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    private static boolean improves(double la, double lb, double oa, double ob, double eps) {
        double before = Math.max(oa, ob);
        double after = Math.max(la, lb);
        if (after < before - eps * Math.max(1, before)) {
            return true;
        }
        return after <= before + eps * Math.max(1, before) && la + lb < oa + ob - eps * Math.max(1, oa + ob);
    }

    private static int argMin(double[][] c, int j) {
        int best = 0;
        for (int k = 1; k < c.length; k++) {
            if (c[k][j] < c[best][j]) {
                best = k;
            }
        }
        return best;
    }

    int[] pref() {
        return pref;
    }

    private long heldUntil = Long.MIN_VALUE;

    @Override
    public long wakeAt(Engine eng, long t) {
        return heldUntil > t ? heldUntil : Long.MAX_VALUE;
    }

    @Override
    public Engine.Choice choose(Engine eng, long t) {
        long close = e.cal.closeAfter(t);
        heldUntil = Long.MIN_VALUE;
        for (int k : dockOrder) {
            int b = e.firstFreeBay(k);
            if (b < 0) {
                continue;
            }
            if (knobs.hold() > 0 && t < close - knobs.evening()
                    && e.demand[k] >= knobs.hold() * e.docks[k].busMBps()
                    && !(knobs.dueFirst() && !dueSet[k].isEmpty())) {
                heldUntil = close - knobs.evening();
                continue;
            }
            int j = pick(k, t, close);
            if (j >= 0) {
                remove(j);
                return new Engine.Choice(j, k, b);
            }
        }
        return null;
    }

    private int pick(int k, long t, long close) {
        if (knobs.dueFirst() && !dueSet[k].isEmpty()) {
            return dueSet[k].first();
        }
        if (pref == null) {
            return allSet[k].isEmpty() ? -1 : fit(allSet[k], k, t, close);
        }
        if (!prefSet[k].isEmpty()) {
            return fit(prefSet[k], k, t, close);
        }
        if (knobs.steal() == Steal.NEVER || allSet[k].isEmpty()) {
            return -1;
        }
        int j = fit(allSet[k], k, t, close);
        if (knobs.steal() == Steal.SMART) {
            int home = pref[j];
            // the task would wait for its own dock's queue: steal only when it ends here before that queue drains
            if (e.h + key[k][j] > backlog[home]) {
                return -1;
            }
        }
        return j;
    }

    private int fit(TreeSet<Integer> s, int k, long t, long close) {
        if (knobs.slack() < 0) {
            return s.last();
        }
        double budget = close - knobs.slack() - t - e.h;
        key[k][n] = budget;
        Integer j = s.floor(n);
        return j != null ? j : s.last();
    }

    private void remove(int j) {
        for (int k = 0; k < kDocks; k++) {
            allSet[k].remove(j);
            if (e.tasks[j].due() != null) {
                dueSet[k].remove(j);
            }
        }
        if (pref != null) {
            prefSet[pref[j]].remove(j);
            backlog[pref[j]] -= dockTime[pref[j]][j];
        }
    }
}
