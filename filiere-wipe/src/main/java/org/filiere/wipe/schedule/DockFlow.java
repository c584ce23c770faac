package org.filiere.wipe.schedule;

import java.util.Arrays;

/**
 * The exact fluid state of one dock's bus: overwrite tasks past their ioStart share {@code bus} max-min
 * fairly, each capped by its drive rate (water-filling), and tasks waiting for their ioStart. Time only moves
 * forward ({@link #advanceTo}); ioStarts must be added in non-decreasing order. Not thread-safe.
 */
final class DockFlow {
    /** Remaining work below this many MB counts as done (absorbs floating-point residue). */
    private static final double EPS_MB = 1e-7;

    interface Sink {
        void ended(int task, double time);
    }

    private final double bus;
    private double now;
    // active tasks
    private int n;
    private int[] ids = new int[8];
    private double[] rem = new double[8];
    private double[] cap = new double[8];
    // pending starts, FIFO in time order
    private int pHead;
    private int pTail;
    private int[] pIds = new int[8];
    private double[] pTime = new double[8];
    private double[] pWork = new double[8];
    private double[] pCap = new double[8];
    // scratch
    private double[] rate = new double[8];
    private Integer[] order = new Integer[0];

    DockFlow(double busMBps) {
        this.bus = busMBps;
    }

    double now() {
        return now;
    }

    boolean idle() {
        return n == 0 && pHead == pTail;
    }

    int activeCount() {
        return n + (pTail - pHead);
    }

    /** Adds an overwrite that starts transferring at {@code ioStart} (>= every ioStart added before). */
    void addPending(int task, double ioStart, double workMB, double capMBps) {
        if (pTail == pIds.length) {
            int len = pTail - pHead;
            int newCap = Math.max(8, len * 2);
            pIds = Arrays.copyOfRange(pIds, pHead, pHead + newCap);
            pTime = Arrays.copyOfRange(pTime, pHead, pHead + newCap);
            pWork = Arrays.copyOfRange(pWork, pHead, pHead + newCap);
            pCap = Arrays.copyOfRange(pCap, pHead, pHead + newCap);
            pTail = len;
            pHead = 0;
        }
        pIds[pTail] = task;
        pTime[pTail] = ioStart;
        pWork[pTail] = workMB;
        pCap[pTail] = capMBps;
        pTail++;
    }

    /** Processes every ioStart and completion up to and including {@code t}, reporting each end. */
    void advanceTo(double t, Sink sink) {
        while (true) {
            activatePending(now);
            double nextStart = pHead < pTail ? pTime[pHead] : Double.POSITIVE_INFINITY;
            if (n == 0) {
                if (nextStart <= t && nextStart != Double.POSITIVE_INFINITY) {
                    now = nextStart;
                    continue;
                }
                if (t != Double.POSITIVE_INFINITY) {
                    now = Math.max(now, t);
                }
                return;
            }
            waterFill();
            double dtEnd = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                dtEnd = Math.min(dtEnd, rem[i] / rate[i]);
            }
            double tEnd = now + dtEnd;
            if (tEnd <= t && tEnd <= nextStart) {
                progress(dtEnd, true, sink, tEnd);
                now = tEnd;
                continue;
            }
            double target = Math.min(nextStart, t);
            if (target == Double.POSITIVE_INFINITY) {
                throw new IllegalStateException("dock flow cannot finish: zero rates");
            }
            progress(target - now, false, sink, target);
            now = target;
            if (nextStart > t) {
                return;
            }
        }
    }

    /** The next completion time if nothing else is added (or +inf), without changing the state. */
    double peekNextEnd() {
        double time = now;
        int m = n;
        double[] r = Arrays.copyOf(rem, Math.max(m + (pTail - pHead), 1));
        double[] c = Arrays.copyOf(cap, r.length);
        int p = pHead;
        while (true) {
            while (p < pTail && pTime[p] <= time) {
                r[m] = pWork[p];
                c[m] = pCap[p];
                m++;
                p++;
            }
            double nextStart = p < pTail ? pTime[p] : Double.POSITIVE_INFINITY;
            if (m == 0) {
                if (nextStart == Double.POSITIVE_INFINITY) {
                    return Double.POSITIVE_INFINITY;
                }
                time = nextStart;
                continue;
            }
            double[] rt = fill(c, m, bus);
            double dt = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                dt = Math.min(dt, r[i] / rt[i]);
            }
            if (time + dt <= nextStart) {
                return time + dt;
            }
            double step = nextStart - time;
            for (int i = 0; i < m; i++) {
                r[i] -= rt[i] * step;
            }
            time = nextStart;
        }
    }

    private void activatePending(double t) {
        while (pHead < pTail && pTime[pHead] <= t) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
                rem = Arrays.copyOf(rem, n * 2);
                cap = Arrays.copyOf(cap, n * 2);
                rate = Arrays.copyOf(rate, n * 2);
            }
            ids[n] = pIds[pHead];
            rem[n] = pWork[pHead];
            cap[n] = pCap[pHead];
            n++;
            pHead++;
        }
        if (pHead == pTail) {
            pHead = 0;
            pTail = 0;
        }
    }

    private void progress(double dt, boolean atEnd, Sink sink, double endTime) {
        int w = 0;
        for (int i = 0; i < n; i++) {
            double left = rem[i] - rate[i] * dt;
            boolean done = left <= EPS_MB || (atEnd && left <= rem[i] * 1e-12 + EPS_MB)
                    || (atEnd && rem[i] / rate[i] <= dt);
            if (done) {
                sink.ended(ids[i], endTime);
            } else {
                ids[w] = ids[i];
                rem[w] = left;
                cap[w] = cap[i];
                w++;
            }
        }
        n = w;
    }

    private void waterFill() {
        double[] r = fill(cap, n, bus);
        System.arraycopy(r, 0, rate, 0, n);
    }

    /** Max-min fair rates for caps c[0..m) under a total budget: sort by cap, give each min(cap, fair share). */
    static double[] fill(double[] c, int m, double budget) {
        double[] out = new double[m];
        if (m == 1) {
            out[0] = Math.min(c[0], budget);
            return out;
        }
        int[] idx = sortedByCap(c, m);
        double left = budget;
        for (int k = 0; k < m; k++) {
            double share = left / (m - k);
            int i = idx[k];
            if (c[i] <= share) {
                out[i] = c[i];
                left -= c[i];
            } else {
                for (int q = k; q < m; q++) {
                    out[idx[q]] = share;
                }
                break;
            }
        }
        return out;
    }

    private static int[] sortedByCap(double[] c, int m) {
        int[] idx = new int[m];
        for (int i = 0; i < m; i++) {
            idx[i] = i;
        }
        // insertion sort: m is the number of bays of one dock
        for (int i = 1; i < m; i++) {
            int v = idx[i];
            int j = i - 1;
            while (j >= 0 && c[idx[j]] > c[v]) {
                idx[j + 1] = idx[j];
                j--;
            }
            idx[j + 1] = v;
        }
        return idx;
    }
}
