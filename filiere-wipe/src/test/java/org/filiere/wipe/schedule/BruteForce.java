package org.filiere.wipe.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exhaustive search for tiny workloads (at most 6 tasks), independent of the main code (it simulates with
 * {@link IndependentValidator}).
 *
 * <p>What "optimum" means here: the best makespan over all <em>list schedules</em>: every loading order of the
 * tasks (permutation) times every choice of dock per task, each task started at the earliest instant that is
 * not before the previous task's start and at which a bay of its dock is free, an operator is free and the
 * handling fits in an opening interval (bays of a dock are identical, so "a free bay" loses nothing). This is
 * the classic space of semi-active schedules that list schedulers (including ours) explore; deliberately
 * idling a free bay is not considered.
 */
final class BruteForce {
    private BruteForce() {
    }

    static double optimum(Station st, Workload wl) {
        int n = wl.tasks().size();
        int kd = st.docks().size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        double best = Double.POSITIVE_INFINITY;
        int combos = (int) Math.pow(kd, n);
        do {
            for (int c = 0; c < combos; c++) {
                int[] dockOf = new int[n];
                int x = c;
                boolean ok = true;
                for (int j = 0; j < n; j++) {
                    dockOf[j] = x % kd;
                    x /= kd;
                    ok &= st.docks().get(dockOf[j]).accepts(wl.tasks().get(j));
                }
                if (ok) {
                    best = Math.min(best, makespan(st, wl, perm, dockOf, best));
                }
            }
        } while (nextPermutation(perm));
        return best;
    }

    private static double makespan(Station st, Workload wl, int[] order, int[] dockOf, double cutoff) {
        long h = st.handlingSeconds();
        long origin = wl.start().getEpochSecond();
        List<Assignment> placed = new ArrayList<>();
        List<Integer> placedTask = new ArrayList<>();
        long prev = origin;
        double latest = 0;
        for (int j : order) {
            Task task = wl.tasks().get(j);
            Dock dock = st.docks().get(dockOf[j]);
            Map<String, Double> ends = IndependentValidator.exactEnds(st, wl, placed);
            long[] bayFree = new long[dock.bays()];
            java.util.Arrays.fill(bayFree, origin);
            for (int q = 0; q < placed.size(); q++) {
                Assignment a = placed.get(q);
                if (a.dockId().equals(dock.id())) {
                    bayFree[a.bay() - 1] = Math.max(bayFree[a.bay() - 1],
                            (long) Math.ceil(ends.get(a.taskId()) - 1e-9));
                }
            }
            int bay = 0;
            for (int b = 1; b < bayFree.length; b++) {
                if (bayFree[b] < bayFree[bay]) {
                    bay = b;
                }
            }
            long t = Math.max(prev, bayFree[bay]);
            while (true) {
                long open = IndependentValidator.nextOpen(st, t, h);
                if (open != t) {
                    t = open;
                    continue;
                }
                long busyUntil = operatorConflict(placed, t, h, st.operators());
                if (busyUntil > t) {
                    t = busyUntil;
                    continue;
                }
                break;
            }
            if (t - origin >= cutoff) {
                return Double.POSITIVE_INFINITY;
            }
            Instant s = Instant.ofEpochSecond(t);
            placed.add(new Assignment(task.id(), dock.id(), bay + 1, s, s.plusSeconds(h), s.plusSeconds(h)));
            placedTask.add(j);
            prev = t;
        }
        Map<String, Double> ends = IndependentValidator.exactEnds(st, wl, placed);
        for (double e : ends.values()) {
            latest = Math.max(latest, Math.ceil(e - 1e-9) - origin);
        }
        return latest;
    }

    /** 0 when a handling can start at t, else the earliest end of a handling that blocks it. */
    private static long operatorConflict(List<Assignment> placed, long t, long h, int operators) {
        List<Long> points = new ArrayList<>();
        points.add(t);
        for (Assignment a : placed) {
            long s = a.start().getEpochSecond();
            if (s > t && s < t + h) {
                points.add(s);
            }
        }
        for (long p : points) {
            int cover = 0;
            long firstEnd = Long.MAX_VALUE;
            for (Assignment a : placed) {
                long s = a.start().getEpochSecond();
                if (s <= p && p < s + h) {
                    cover++;
                    firstEnd = Math.min(firstEnd, s + h);
                }
            }
            if (cover >= operators) {
                return firstEnd;
            }
        }
        return 0;
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }
}
