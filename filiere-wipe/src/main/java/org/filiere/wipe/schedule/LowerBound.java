package org.filiere.wipe.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A proven lower bound on the makespan of <em>every</em> feasible plan of a workload on a station, with the
 * component bounds it is the maximum of. All values are seconds from the workload start. Immutable.
 *
 * <p>Notation: h the handling time, o the operators, M the total number of bays, w_j the work of overwrite j
 * in MB, r_j its drive rate, p_j its shortest possible duration ({@code w_j / min(r_j, max_k B_k)}; a firmware
 * task's p_j is its fixed duration), s0 the first instant a handling can start. Each bound relaxes some
 * constraints of the timing model, so each is at most the makespan of any feasible plan:
 * <ul>
 *   <li>{@link #handling()} (opening-hours calendar and operators, includes the longest job): within one opening
 *   interval [a, b), at most o·(⌊(x−a)/h⌋+1) handlings can start in [a, x] (they last h and at most o overlap),
 *   and a handling lies inside one interval; so the i-th handling of any plan starts no earlier than e_i, the
 *   i-th slot of the greedy packing (o handlings at a, a+h, …, ≤ b−h in each interval). Task j handled at the
 *   i-th start ends at or after e_i + h + p_j; the assignment of tasks to starts minimising the latest end
 *   pairs the longest tasks with the earliest slots (exchange argument), giving max_i (e_i + h + p_(i)). With
 *   i = 1 this is the longest-job bound s0 + h + max p_j; with i = n it is the last-load bound: the last load
 *   must start at an opening-feasible instant.</li>
 *   <li>{@link #pair()}: among the M+1 longest tasks two share a bay, one after the other:
 *   s0 + 2h + p_(M) + p_(M+1); and the second's handling must start at an opening-feasible instant after the
 *   first ended, so also nextStart(s0 + h + p_(M+1)) + h + p_(M+1). The same holds for the tasks that need ATA
 *   pass-through, with the pass-through bays only.</li>
 *   <li>{@link #bayArea()}: a bay's busy time from its first handling to its last end is at least the sum of
 *   h + p_j over its tasks, and starts at s0 or later: s0 + Σ(h + p_j) / M (and the same for pass-through
 *   tasks over pass-through bays).</li>
 *   <li>{@link #bus()} (bus area on the calendar): dock k never transfers faster than
 *   R_k = min(B_k, sum of its m_k fastest drives), nothing is transferred before s0 + h, and between a closing
 *   time c and the next opening a plus h no overwrite can begin its transfer, so during the first x seconds of
 *   that closed stretch dock k transfers at most min(R_k·x, sum over its m_k bays of the largest
 *   min(w_j, r_j·x)). The bound is the first instant T at which this capacity, summed over docks from s0 + h,
 *   reaches the total work Σ w_j. Across several closed stretches a dual solution of the LP relaxation "one task
 *   per bay per stretch, each task's work once" bounds their total. This pooled capacity is then replaced by
 *   the smaller <em>per-dock</em> capacity when that is smaller: dock k's work in [s0, T] is at most
 *   <ul>
 *     <li>R_k·(T − s0 − h) (its bus), and at most</li>
 *     <li>its work inside opening intervals plus its work inside the gaps between them. In a gap no handling
 *     happens, so each bay holds at most one task for the whole gap: at most
 *     min(R_k·g, sum of the m_k largest min(w_j, c_jk·g)) for a gap of length g, c_jk = min(r_j, B_k); and
 *     over G gaps together, since a task working in gaps holds at least one of the m_k·G (bay, gap) slots and
 *     does at most min(w_j, c_jk·Σg) there, at most the sum of the m_k·G largest such values. Inside
 *     opening intervals of total length O (from s0 to T), the bays of k offer m_k·O bay-seconds; a task that
 *     transfers v ≤ w_j MB there at rate at most c_jk occupies its bay at least v/c_jk seconds, plus its
 *     handling h, which lies in an opening interval and is at least v·h/w_j; so the work is at most the
 *     fractional knapsack of budget m_k·O (minus h for every firmware task needing ATA pass-through when k is
 *     the only pass-through dock: their handlings use its bays) with costs h/w_j + 1/c_jk per MB and item
 *     sizes min(w_j, c_jk·O), also at most R_k·O. This is what stops a single fast bay from being counted at
 *     its fastest drive's rate all along (a single SATA bay is bounded by the drives it can actually hold:
 *     the fastest ones, one at a time).</li>
 *   </ul>
 *   Every term is nondecreasing in T, so the first T whose capacity reaches Σ w_j is found by bisection.</li>
 * </ul>
 *
 * @param seconds  the bound: the maximum of the components
 * @param handling calendar and operators bound (includes the longest job)
 * @param pair     the pair bound
 * @param bayArea  bay area bound
 * @param bus      bus area bound on the calendar
 */
public record LowerBound(double seconds, double handling, double pair, double bayArea, double bus) {

    /** Computes the bound of {@code workload} on {@code station}. Tasks no dock accepts are ignored. */
    public static LowerBound of(Station station, Workload workload) {
        return of(station, workload, new OpenCalendar(station.openingHours(), workload.start(),
                station.handlingSeconds()));
    }

    static LowerBound of(Station station, Workload workload, OpenCalendar cal) {
        int n = workload.tasks().size();
        if (n == 0) {
            return new LowerBound(0, 0, 0, 0, 0);
        }
        long h = station.handlingSeconds();
        double maxBus = station.docks().stream().mapToDouble(Dock::busMBps).max().orElseThrow();
        double[] p = new double[n];
        for (int j = 0; j < n; j++) {
            p[j] = shortest(workload.tasks().get(j), maxBus);
        }
        double[] desc = p.clone();
        Arrays.sort(desc);
        reverse(desc);
        long s0 = cal.nextStart(0);

        // calendar + operators
        double handling = 0;
        int o = station.operators();
        int i = 0;
        for (int iv = 0; i < n; iv++) {
            long a = cal.from(iv);
            long b = cal.to(iv);
            for (long s = a; s + h <= b && i < n; s += h) {
                for (int q = 0; q < o && i < n; q++, i++) {
                    handling = Math.max(handling, s + h + desc[i]);
                }
            }
        }

        int bays = station.totalBays();
        double pair = pairBound(desc, bays, s0, h, cal);
        double area = s0 + (Arrays.stream(p).sum() + (double) n * h) / bays;

        int ptBays = station.docks().stream().filter(Dock::ataPassThrough).mapToInt(Dock::bays).sum();
        double[] pt = workload.tasks().stream()
                .filter(t -> t instanceof Task.Firmware f && f.requiresAtaPassThrough())
                .mapToDouble(t -> ((Task.Firmware) t).firmwareSeconds()).toArray();
        if (ptBays > 0 && pt.length > 0) {
            Arrays.sort(pt);
            reverse(pt);
            pair = Math.max(pair, pairBound(pt, ptBays, s0, h, cal));
            area = Math.max(area, s0 + (Arrays.stream(pt).sum() + (double) pt.length * h) / ptBays);
        }
        double bus = busBound(station, workload, cal, s0);
        double best = Math.max(Math.max(handling, pair), Math.max(area, bus));
        return new LowerBound(best, handling, pair, area, bus);
    }

    /** The shortest possible duration of a task once its handling is done. */
    static double shortest(Task t, double maxBus) {
        if (t instanceof Task.Overwrite ow) {
            return ow.workMB() / Math.min(ow.driveMBps(), maxBus);
        }
        return ((Task.Firmware) t).firmwareSeconds();
    }

    private static double pairBound(double[] desc, int bays, long s0, long h, OpenCalendar cal) {
        if (desc.length <= bays) {
            return 0;
        }
        double a = desc[bays - 1];
        double b = desc[bays];
        double plain = s0 + 2.0 * h + a + b;
        double firstEnd = s0 + h + b;
        double restart = Math.max(firstEnd, cal.nextStart((long) Math.floor(firstEnd)));
        return Math.max(plain, restart + h + b);
    }

    private static double busBound(Station station, Workload workload, OpenCalendar cal, long s0) {
        int count = 0;
        double total = 0;
        for (Task t : workload.tasks()) {
            if (t instanceof Task.Overwrite o) {
                total += o.workMB();
                count++;
            }
        }
        if (total <= 0) {
            return 0;
        }
        double[] w = new double[count];
        double[] r = new double[count];
        int c = 0;
        for (Task t : workload.tasks()) {
            if (t instanceof Task.Overwrite o) {
                w[c] = o.workMB();
                r[c] = o.driveMBps();
                c++;
            }
        }
        int kd = station.docks().size();
        double[] capK = new double[kd];
        double rate = 0;
        double[] rs = r.clone();
        Arrays.sort(rs);
        double maxBus = 0;
        for (int k = 0; k < kd; k++) {
            Dock d = station.docks().get(k);
            double top = 0;
            for (int q = 0; q < d.bays() && q < rs.length; q++) {
                top += rs[rs.length - 1 - q];
            }
            capK[k] = Math.min(d.busMBps(), top);
            rate += capK[k];
            maxBus = Math.max(maxBus, d.busMBps());
        }
        // the time axis from s0 + h: open stretches (new transfers may begin) alternate with closed ones
        long h = station.handlingSeconds();
        List<double[]> open = new ArrayList<>();
        List<double[]> closed = new ArrayList<>();
        double segStart = s0 + h;
        double openSum = 0;
        for (int iv = 0; openSum * rate < total; iv++) {
            double o = cal.to(iv) - segStart;
            open.add(new double[] {segStart, cal.to(iv)});
            openSum += Math.max(0, o);
            double cs = Math.max(segStart, cal.to(iv));
            closed.add(new double[] {cs, cal.from(iv + 1) + h});
            segStart = cal.from(iv + 1) + h;
        }
        BusCapacity capacity = new BusCapacity(station, workload, cal, capK, rate, w, r, maxBus, open, closed, s0);
        double need = total * (1 - 1e-12);
        // the per-dock capacity may be smaller than the rate bound used above: extend the horizon (doubling)
        while (capacity.upTo(open.get(open.size() - 1)[1]) < need) {
            for (int more = Math.max(1, open.size() / 2); more > 0; more--) {
                int iv = open.size();
                open.add(new double[] {segStart, cal.to(iv)});
                closed.add(new double[] {Math.max(segStart, cal.to(iv)), cal.from(iv + 1) + h});
                segStart = cal.from(iv + 1) + h;
            }
        }
        double lo = s0 + h;
        double hi = open.get(open.size() - 1)[1];
        for (int it = 0; it < 64 && hi - lo > 1e-3; it++) {
            double mid = (lo + hi) / 2;
            if (capacity.upTo(mid) >= need) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return lo;
    }

    /**
     * Upper bound on the work transferable between s0 + h and T: the bus rate during open stretches plus, for
     * closed stretches, the smaller of (a) the per-stretch bound and (b) a dual bound of the LP relaxation of
     * "each bay holds one task per closed stretch, each task's work is done once": for any g >= 0,
     * Σ_j w_j·max(0, 1 − g/u_j) + Σ_c min(R·L_c, g·M) with u_j = min(w_j, r_j·L_max) is an upper bound (LP
     * duality with task duals max(0, 1 − g/u_j), per-stretch bay duals g or bus duals 1). It stops the bound
     * from counting the same largest tasks again in every night.
     */
    private static final class BusCapacity {
        private final Station station;
        private final double[] capK;
        private final double rate;
        private final double[] w;
        private final double[] r;
        private final double maxBus;
        private final List<double[]> open;
        private final List<double[]> closed;
        private final java.util.Map<Double, Double> perStretch = new java.util.HashMap<>();
        private final int bays;
        private final long s0;
        private final long h;
        /** Bay time (h + d_j) of pass-through firmware tasks that only dock k can run (one pass-through dock). */
        private final double[] forced;
        /** Per dock, overwrites as {work, rate, bay seconds per MB} by increasing bay seconds per MB. */
        private final double[][][] ratioOrder;

        private final OpenCalendar cal;
        /** Per dock, {@link #closedCapacityOf} by gap length (most gaps are whole nights or weekends). */
        private final java.util.Map<Double, Double>[] fullGaps;

        BusCapacity(Station station, Workload workload, OpenCalendar cal, double[] capK, double rate, double[] w, double[] r,
                    double maxBus, List<double[]> open, List<double[]> closed, long s0) {
            this.s0 = s0;
            this.cal = cal;
            @SuppressWarnings("unchecked")
            java.util.Map<Double, Double>[] memo = new java.util.Map[station.docks().size()];
            for (int k = 0; k < memo.length; k++) {
                memo[k] = new java.util.HashMap<>();
            }
            this.fullGaps = memo;
            this.h = station.handlingSeconds();
            int kd = station.docks().size();
            forced = new double[kd];
            ratioOrder = new double[kd][][];
            int ptDocks = 0;
            int ptDock = -1;
            for (int k = 0; k < kd; k++) {
                if (station.docks().get(k).ataPassThrough()) {
                    ptDocks++;
                    ptDock = k;
                }
            }
            if (ptDocks == 1) {
                for (Task t : workload.tasks()) {
                    if (t instanceof Task.Firmware f && f.requiresAtaPassThrough()) {
                        forced[ptDock] += h;
                    }
                }
            }
            for (int k = 0; k < kd; k++) {
                double bus = station.docks().get(k).busMBps();
                double[][] items = new double[w.length][];
                for (int j = 0; j < w.length; j++) {
                    double c = Math.min(r[j], bus);
                    items[j] = new double[] {w[j], c, (double) h / w[j] + 1 / c};
                }
                Arrays.sort(items, (x, y) -> Double.compare(x[2], y[2]));
                ratioOrder[k] = items;
            }
            this.station = station;
            this.capK = capK;
            this.rate = rate;
            this.w = w;
            this.r = r;
            this.maxBus = maxBus;
            this.open = open;
            this.closed = closed;
            this.bays = station.totalBays();
        }

        double upTo(double t) {
            double acc = 0;
            for (double[] o : open) {
                acc += rate * Math.max(0, Math.min(o[1], t) - o[0]);
            }
            List<Double> lengths = new ArrayList<>();
            double separate = 0;
            double longest = 0;
            for (double[] c : closed) {
                double len = Math.min(c[1], t) - c[0];
                if (len <= 0) {
                    continue;
                }
                lengths.add(len);
                longest = Math.max(longest, len);
                separate += len == c[1] - c[0]
                        ? perStretch.computeIfAbsent(len, x -> closedCapacity(station, capK, w, r, x))
                        : closedCapacity(station, capK, w, r, len);
            }
            if (lengths.isEmpty()) {
                return Math.min(acc, perDock(t));
            }
            double[] u = new double[w.length];
            double uMax = 0;
            for (int j = 0; j < w.length; j++) {
                u[j] = Math.min(w[j], Math.min(r[j], maxBus) * longest);
                uMax = Math.max(uMax, u[j]);
            }
            double joint = Double.POSITIVE_INFINITY;
            // any g gives a valid bound: try a geometric grid up to the largest u
            for (int q = 0; q <= 40; q++) {
                double g = uMax * Math.pow(2, -q / 2.0);
                double v = 0;
                for (int j = 0; j < w.length; j++) {
                    if (u[j] > g) {
                        v += w[j] * (1 - g / u[j]);
                    }
                }
                for (double len : lengths) {
                    v += Math.min(rate * len, g * bays);
                }
                joint = Math.min(joint, v);
            }
            double pooled = acc + Math.min(separate, joint);
            return Math.min(pooled, perDock(t));
        }

        /** Σ_k of the per-dock bound {@link #dockWork} at t. */
        double perDock(double t) {
            // opening intervals [from, to] and the gaps between them, clipped to [s0, t]
            double openLen = 0;
            List<Double> gaps = new ArrayList<>();
            for (int iv = 0; cal.from(iv) < t; iv++) {
                openLen += Math.max(0, Math.min(cal.to(iv), t) - Math.max(cal.from(iv), s0));
                double g = Math.min(cal.from(iv + 1), t) - cal.to(iv);
                if (g > 0) {
                    gaps.add(g);
                }
            }
            double sum = 0;
            for (int k = 0; k < capK.length; k++) {
                sum += dockWork(k, t, openLen, gaps);
            }
            return sum;
        }

        /**
         * Upper bound on the work dock k transfers in [s0, t]: its bus over the time transfers can happen, and
         * the bay-time bound of the opening intervals plus one task per bay in each gap.
         */
        double dockWork(int k, double t, double openLen, List<Double> gaps) {
            Dock d = station.docks().get(k);
            double io = t - s0 - h;
            if (io <= 0) {
                return 0;
            }
            double inGaps = gapWork(d, capK[k], w, r, gaps, fullGaps[k]);
            double inOpen = Math.min(capK[k] * openLen, openKnapsack(k, d.bays() * openLen - forced[k], openLen));
            return Math.min(capK[k] * io, inOpen + inGaps);
        }

        double openKnapsack(int k, double budget, double len) {
            return knapsack(ratioOrder[k], budget, len);
        }
    }

    /**
     * Fractional knapsack: the most work bays can do with {@code budget} bay-seconds, each task at most its rate
     * c_j over {@code len} seconds and at most its work w_j, charged h/w_j + 1/c_j bay-seconds per MB.
     *
     * @param items {w_j, c_j, h/w_j + 1/c_j} by increasing cost per MB
     */
    static double knapsack(double[][] items, double budget, double len) {
        if (budget <= 0) {
            return 0;
        }
        double got = 0;
        for (double[] it : items) {
            double cap = Math.min(it[0], it[1] * len);
            double cost = cap * it[2];
            if (cost <= budget) {
                got += cap;
                budget -= cost;
            } else {
                got += budget / it[2];
                break;
            }
        }
        return got;
    }

    /**
     * Upper bound on the work dock d (rate bound capK) does inside gaps of the given lengths, during which no
     * handling happens: per gap, one task per bay ({@link #closedCapacityOf}); and over all gaps, a task that
     * works in gaps holds at least one of the m·G bay-gap slots and does at most min(w_j, c_j·Σ gaps) there, so
     * the sum of the m·G largest of these also bounds the total (no task is counted again in every gap).
     */
    static double gapWork(Dock d, double capK, double[] w, double[] r, List<Double> gaps) {
        return gapWork(d, capK, w, r, gaps, new java.util.HashMap<>());
    }

    private static double gapWork(Dock d, double capK, double[] w, double[] r, List<Double> gaps,
                                  java.util.Map<Double, Double> memo) {
        double perGap = 0;
        double gapSum = 0;
        for (double g : gaps) {
            perGap += memo.computeIfAbsent(g, x -> closedCapacityOf(d, capK, w, r, x));
            gapSum += g;
        }
        if (gaps.size() <= 1) {
            return perGap;
        }
        long slots = (long) d.bays() * gaps.size();
        double[] u = new double[w.length];
        double all = 0;
        for (int j = 0; j < w.length; j++) {
            u[j] = Math.min(w[j], Math.min(r[j], d.busMBps()) * gapSum);
            all += u[j];
        }
        return Math.min(perGap, slots >= u.length ? all : sumOfLargest(u, (int) slots));
    }

    /** The sum of the k largest values of a (reordered in place), by quickselect: linear time on average. */
    static double sumOfLargest(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        int want = a.length - k; // after selection, a[want..] hold the k largest
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (want <= j) {
                hi = j;
            } else if (want >= i) {
                lo = i;
            } else {
                break;
            }
        }
        double sum = 0;
        for (int q = want; q < a.length; q++) {
            sum += a[q];
        }
        return sum;
    }

    /** Upper bound on the work the docks can do in the first x seconds of a stretch with no new transfer. */
    static double closedCapacity(Station station, double[] capK, double[] w, double[] r, double x) {
        double sum = 0;
        for (int k = 0; k < capK.length; k++) {
            sum += closedCapacityOf(station.docks().get(k), capK[k], w, r, x);
        }
        return sum;
    }

    /** Upper bound on the work dock d can do in the first x seconds of a stretch with no new transfer. */
    static double closedCapacityOf(Dock d, double capK, double[] w, double[] r, double x) {
        {
            int m = d.bays();
            PriorityQueue<Double> top = new PriorityQueue<>();
            for (int j = 0; j < w.length; j++) {
                double v = Math.min(w[j], Math.min(r[j], d.busMBps()) * x);
                if (top.size() < m) {
                    top.add(v);
                } else if (v > top.peek()) {
                    top.poll();
                    top.add(v);
                }
            }
            double s = 0;
            for (double v : top) {
                s += v;
            }
            return Math.min(capK * x, s);
        }
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
