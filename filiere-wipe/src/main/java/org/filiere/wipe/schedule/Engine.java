package org.filiere.wipe.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.filiere.FiliereException;

/**
 * The discrete-event list-scheduling engine shared by every strategy. Time advances from decision instant to
 * decision instant (whole seconds); at each one the engine asks the {@link Policy} what to load into free bays
 * while the hub is open and an operator is free, and the docks' buses are simulated exactly
 * ({@link DockFlow}). Not thread-safe: one instance per run.
 */
final class Engine {
    /** What a policy loads now. */
    record Choice(int task, int dock, int bay) {
    }

    /** The decision rule of a strategy. */
    interface Policy {
        /** A load to start at {@code t} into a free bay, or null to load nothing more now. */
        Choice choose(Engine e, long t);

        /** An instant after {@code t} at which the policy wants to decide again although nothing happens. */
        default long wakeAt(Engine e, long t) {
            return Long.MAX_VALUE;
        }
    }

    final Station station;
    final Workload workload;
    final OpenCalendar cal;
    final Task[] tasks;
    final Dock[] docks;
    final long h;
    final int n;

    final int[] dockOf;
    final int[] bayOf;
    final long[] startOf;
    final double[] endOf;
    final int[][] bayTask;
    final int[] running;
    final int[] freeBays;
    /** Sum of the drive rates (capped by the bus) of each dock's overwrites loaded and not ended. */
    final double[] demand;
    private final DockFlow[] flows;
    private final PriorityQueue<long[]> firmwareEnds = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
    private final long[] opFree;
    private int remaining;
    private final DockFlow.Sink sink = this::ended;

    Engine(Station station, Workload workload, OpenCalendar cal) {
        this.station = station;
        this.workload = workload;
        this.cal = cal;
        this.tasks = workload.tasks().toArray(new Task[0]);
        this.docks = station.docks().toArray(new Dock[0]);
        this.h = station.handlingSeconds();
        this.n = tasks.length;
        dockOf = new int[n];
        bayOf = new int[n];
        startOf = new long[n];
        endOf = new double[n];
        Arrays.fill(dockOf, -1);
        bayTask = new int[docks.length][];
        running = new int[docks.length];
        freeBays = new int[docks.length];
        demand = new double[docks.length];
        flows = new DockFlow[docks.length];
        for (int k = 0; k < docks.length; k++) {
            bayTask[k] = new int[docks[k].bays()];
            Arrays.fill(bayTask[k], -1);
            freeBays[k] = docks[k].bays();
            flows[k] = new DockFlow(docks[k].busMBps());
        }
        opFree = new long[station.operators()];
        Arrays.fill(opFree, Long.MIN_VALUE);
        remaining = n;
    }

    boolean assigned(int j) {
        return dockOf[j] >= 0;
    }

    int firstFreeBay(int k) {
        if (freeBays[k] == 0) {
            return -1;
        }
        int[] bt = bayTask[k];
        for (int b = 0; b < bt.length; b++) {
            if (bt[b] < 0) {
                return b;
            }
        }
        return -1;
    }

    /** Runs the policy to completion and returns the ends (seconds from the workload start). */
    void run(Policy policy) {
        if (n == 0) {
            return;
        }
        long t = cal.nextStart(0);
        while (remaining > 0) {
            advance(t);
            boolean closed = false;
            boolean opBusy = false;
            boolean declined = false;
            while (remaining > 0 && anyFreeBay()) {
                if (!cal.canStart(t)) {
                    closed = true;
                    break;
                }
                int op = freeOperator(t);
                if (op < 0) {
                    opBusy = true;
                    break;
                }
                Choice c = policy.choose(this, t);
                if (c == null) {
                    declined = true;
                    break;
                }
                load(c, t, op);
            }
            if (remaining == 0) {
                break;
            }
            long next = nextEnd();
            if (!declined && anyFreeBay()) {
                if (closed) {
                    next = Math.min(next, cal.nextStart(t));
                }
                if (opBusy) {
                    next = Math.min(next, nextOperatorFree(t));
                }
            }
            if (declined) {
                long w = policy.wakeAt(this, t);
                if (w > t) {
                    next = Math.min(next, w);
                }
            }
            if (next == Long.MAX_VALUE) {
                throw new FiliereException("no dock can run the remaining tasks").with("remaining", remaining);
            }
            t = Math.max(next, t + 1);
        }
        advance(Double.POSITIVE_INFINITY);
    }

    private boolean anyFreeBay() {
        for (int f : freeBays) {
            if (f > 0) {
                return true;
            }
        }
        return false;
    }

    private int freeOperator(long t) {
        for (int i = 0; i < opFree.length; i++) {
            if (opFree[i] <= t) {
                return i;
            }
        }
        return -1;
    }

    private long nextOperatorFree(long t) {
        long best = Long.MAX_VALUE;
        for (long f : opFree) {
            if (f > t) {
                best = Math.min(best, f);
            }
        }
        return best;
    }

    private long nextEnd() {
        long best = Long.MAX_VALUE;
        for (DockFlow f : flows) {
            double e = f.peekNextEnd();
            if (e != Double.POSITIVE_INFINITY) {
                best = Math.min(best, ceilSecond(e));
            }
        }
        if (!firmwareEnds.isEmpty()) {
            best = Math.min(best, firmwareEnds.peek()[0]);
        }
        return best;
    }

    private void advance(double t) {
        for (DockFlow f : flows) {
            if (!f.idle()) {
                f.advanceTo(t, sink);
            }
        }
        while (!firmwareEnds.isEmpty() && firmwareEnds.peek()[0] <= t) {
            long[] e = firmwareEnds.poll();
            ended((int) e[1], e[0]);
        }
    }

    private void ended(int j, double time) {
        endOf[j] = time;
        int k = dockOf[j];
        bayTask[k][bayOf[j]] = -1;
        freeBays[k]++;
        running[k]--;
        if (tasks[j] instanceof Task.Overwrite o) {
            demand[k] -= Math.min(o.driveMBps(), docks[k].busMBps());
        }
    }

    private void load(Choice c, long t, int op) {
        int j = c.task();
        int k = c.dock();
        if (bayTask[k][c.bay()] >= 0 || assigned(j) || !docks[k].accepts(tasks[j])) {
            throw new IllegalStateException("policy chose an impossible load: " + c);
        }
        dockOf[j] = k;
        bayOf[j] = c.bay();
        startOf[j] = t;
        opFree[op] = t + h;
        bayTask[k][c.bay()] = j;
        freeBays[k]--;
        running[k]++;
        remaining--;
        long io = t + h;
        if (tasks[j] instanceof Task.Overwrite o) {
            flows[k].addPending(j, io, o.workMB(), Math.min(o.driveMBps(), docks[k].busMBps()));
            demand[k] += Math.min(o.driveMBps(), docks[k].busMBps());
        } else {
            firmwareEnds.add(new long[] {io + ((Task.Firmware) tasks[j]).firmwareSeconds(), j});
        }
    }

    static long ceilSecond(double t) {
        return (long) Math.ceil(t - 1e-9);
    }

    /** Makespan in whole seconds (0 for an empty workload). */
    long makespan() {
        long m = 0;
        for (int j = 0; j < n; j++) {
            m = Math.max(m, ceilSecond(endOf[j]));
        }
        return m;
    }

    /** Number of late tasks, total tardiness (s) and sum of ends (s), used to compare plans. */
    long[] score() {
        long late = 0;
        long tardiness = 0;
        long sumEnds = 0;
        long origin = workload.start().getEpochSecond();
        for (int j = 0; j < n; j++) {
            long end = ceilSecond(endOf[j]);
            sumEnds += end;
            Instant due = tasks[j].due();
            if (due != null && origin + end > due.getEpochSecond()) {
                late++;
                tardiness += origin + end - due.getEpochSecond();
            }
        }
        return new long[] {late, makespan(), tardiness, sumEnds};
    }

    Plan toPlan(Strategy strategy, LowerBound bound) {
        Instant origin = workload.start();
        List<Assignment> out = new ArrayList<>(n);
        List<String> late = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            Instant s = origin.plusSeconds(startOf[j]);
            Instant end = origin.plusSeconds(ceilSecond(endOf[j]));
            out.add(new Assignment(tasks[j].id(), docks[dockOf[j]].id(), bayOf[j] + 1, s, s.plusSeconds(h), end));
            Instant due = tasks[j].due();
            if (due != null && end.isAfter(due)) {
                late.add(tasks[j].id());
            }
        }
        return new Plan(strategy, origin, makespan(), bound, out, late);
    }
}
