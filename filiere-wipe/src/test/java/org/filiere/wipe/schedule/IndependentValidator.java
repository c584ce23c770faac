package org.filiere.wipe.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-checks a plan from scratch against the timing model of {@code plan.md}, without using any of the main
 * code's simulation or calendar: its own day-by-day opening intervals, its own progressive-filling max-min
 * fair sharing and its own event loop. Returns every problem found (empty when the plan is feasible).
 */
final class IndependentValidator {
    private IndependentValidator() {
    }

    static List<String> validate(Station st, Workload wl, Plan plan) {
        List<String> problems = new ArrayList<>();
        Map<String, Task> tasks = new HashMap<>();
        wl.tasks().forEach(t -> tasks.put(t.id(), t));
        Map<String, Dock> docks = new HashMap<>();
        st.docks().forEach(d -> docks.put(d.id(), d));
        Map<String, Assignment> byTask = new HashMap<>();
        long h = st.handlingSeconds();
        for (Assignment a : plan.assignments()) {
            if (byTask.put(a.taskId(), a) != null) {
                problems.add("task assigned twice: " + a.taskId());
            }
            Task t = tasks.get(a.taskId());
            Dock d = docks.get(a.dockId());
            if (t == null || d == null) {
                problems.add("unknown task or dock: " + a);
                continue;
            }
            if (a.bay() < 1 || a.bay() > d.bays()) {
                problems.add("bay out of range: " + a);
            }
            if (t instanceof Task.Firmware f && f.requiresAtaPassThrough() && !d.ataPassThrough()) {
                problems.add("pass-through task in a dock without it: " + a);
            }
            if (a.start().isBefore(wl.start())) {
                problems.add("starts before the workload: " + a);
            }
            if (a.start().getNano() != 0 || a.end().getNano() != 0) {
                problems.add("not whole seconds: " + a);
            }
            if (!a.ioStart().equals(a.start().plusSeconds(h))) {
                problems.add("ioStart != start + handling: " + a);
            }
            if (!handlingInsideOpening(st, a.start().getEpochSecond(), h)) {
                problems.add("handling outside opening hours: " + a + " local "
                        + a.start().atZone(st.zone()));
            }
        }
        for (Task t : wl.tasks()) {
            if (!byTask.containsKey(t.id())) {
                problems.add("task not assigned: " + t.id());
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        // operators: handlings are [start, start + h) (a swap may begin when the previous one ends)
        List<long[]> ev = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            ev.add(new long[] {a.start().getEpochSecond(), +1});
            ev.add(new long[] {a.start().getEpochSecond() + h, -1});
        }
        ev.sort(Comparator.<long[]>comparingLong(x -> x[0]).thenComparingLong(x -> x[1]));
        int cur = 0;
        for (long[] e : ev) {
            cur += (int) e[1];
            if (cur > st.operators()) {
                problems.add("more than " + st.operators() + " handlings at " + Instant.ofEpochSecond(e[0]));
                break;
            }
        }
        // bays
        Map<String, List<Assignment>> byBay = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            byBay.computeIfAbsent(a.dockId() + "#" + a.bay(), k -> new ArrayList<>()).add(a);
        }
        for (List<Assignment> list : byBay.values()) {
            list.sort(Comparator.comparing(Assignment::start));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).start().isBefore(list.get(i - 1).end())) {
                    problems.add("bay overlap: " + list.get(i - 1) + " then " + list.get(i));
                }
            }
        }
        // ends
        Map<String, Double> ends = exactEnds(st, wl, plan.assignments());
        long latest = wl.start().getEpochSecond();
        List<String> late = new ArrayList<>();
        for (Task t : wl.tasks()) {
            Assignment a = byTask.get(t.id());
            double exact = ends.get(t.id());
            long reported = a.end().getEpochSecond();
            if (reported < exact - 1e-6 || reported >= exact + 1 + 1e-6) {
                problems.add("end " + reported + " does not match the timing model " + exact + " for " + t.id());
            }
            latest = Math.max(latest, reported);
            if (t.due() != null && a.end().isAfter(t.due())) {
                late.add(t.id());
            }
        }
        double makespan = latest - wl.start().getEpochSecond();
        if (Math.abs(makespan - plan.makespanSeconds()) > 1e-9) {
            problems.add("makespan " + plan.makespanSeconds() + " but latest end gives " + makespan);
        }
        if (!late.equals(plan.late())) {
            problems.add("late list " + plan.late() + " but expected " + late);
        }
        if (plan.lowerBoundSeconds() > plan.makespanSeconds() + 1e-6) {
            problems.add("lower bound " + plan.lowerBoundSeconds() + " above makespan " + plan.makespanSeconds());
        }
        return problems;
    }

    /** Whether [s, s+h] lies inside one opening interval (union of the overlapping windows of a local day). */
    static boolean handlingInsideOpening(Station st, long s, long h) {
        LocalDate day = Instant.ofEpochSecond(s).atZone(st.zone()).toLocalDate();
        for (long[] iv : dayIntervals(st, day)) {
            if (iv[0] <= s && s + h <= iv[1]) {
                return true;
            }
        }
        return false;
    }

    static List<long[]> dayIntervals(Station st, LocalDate day) {
        List<long[]> raw = new ArrayList<>();
        for (OpeningHours.Window w : st.openingHours().windows()) {
            if (w.days().contains(day.getDayOfWeek())) {
                long a = ZonedDateTime.of(day, w.from(), st.zone()).toEpochSecond();
                long b = ZonedDateTime.of(day, w.to(), st.zone()).toEpochSecond();
                if (a < b) {
                    raw.add(new long[] {a, b});
                }
            }
        }
        raw.sort(Comparator.comparingLong(x -> x[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] r : raw) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                long[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        return merged;
    }

    /** Earliest s >= t (epoch seconds) whose handling fits in an opening interval. */
    static long nextOpen(Station st, long t, long h) {
        LocalDate day = Instant.ofEpochSecond(t).atZone(st.zone()).toLocalDate().minusDays(1);
        for (int i = 0; i < 800; i++, day = day.plusDays(1)) {
            for (long[] iv : dayIntervals(st, day)) {
                long s = Math.max(t, iv[0]);
                if (s + h <= iv[1]) {
                    return s;
                }
            }
        }
        throw new IllegalStateException("no opening");
    }

    /** Exact end (epoch seconds, fractional) of every assigned task, by per-dock event simulation. */
    static Map<String, Double> exactEnds(Station st, Workload wl, List<Assignment> as) {
        Map<String, Task> tasks = new HashMap<>();
        wl.tasks().forEach(t -> tasks.put(t.id(), t));
        Map<String, Double> ends = new HashMap<>();
        for (Dock d : st.docks()) {
            List<Assignment> mine = new ArrayList<>();
            for (Assignment a : as) {
                if (a.dockId().equals(d.id())) {
                    Task t = tasks.get(a.taskId());
                    if (t instanceof Task.Firmware f) {
                        ends.put(a.taskId(), (double) a.ioStart().getEpochSecond() + f.firmwareSeconds());
                    } else {
                        mine.add(a);
                    }
                }
            }
            mine.sort(Comparator.comparing(Assignment::ioStart));
            int m = mine.size();
            double[] left = new double[m];
            double[] capOf = new double[m];
            double[] io = new double[m];
            for (int i = 0; i < m; i++) {
                Task.Overwrite o = (Task.Overwrite) tasks.get(mine.get(i).taskId());
                left[i] = o.capacityBytes() * (double) o.passes() / 1e6;
                capOf[i] = o.driveMBps();
                io[i] = mine.get(i).ioStart().getEpochSecond();
            }
            boolean[] done = new boolean[m];
            int finished = 0;
            double now = m == 0 ? 0 : io[0];
            while (finished < m) {
                List<Integer> active = new ArrayList<>();
                double nextIo = Double.POSITIVE_INFINITY;
                for (int i = 0; i < m; i++) {
                    if (!done[i] && io[i] <= now) {
                        active.add(i);
                    } else if (!done[i]) {
                        nextIo = Math.min(nextIo, io[i]);
                    }
                }
                if (active.isEmpty()) {
                    now = nextIo;
                    continue;
                }
                double[] rate = progressiveFilling(active, capOf, d.busMBps());
                double dt = nextIo - now;
                for (int q = 0; q < active.size(); q++) {
                    dt = Math.min(dt, left[active.get(q)] / rate[q]);
                }
                for (int q = 0; q < active.size(); q++) {
                    int i = active.get(q);
                    left[i] -= rate[q] * dt;
                    if (left[i] <= 1e-6 * Math.max(1, rate[q])) {
                        done[i] = true;
                        finished++;
                        ends.put(mine.get(i).taskId(), now + dt);
                    }
                }
                now += dt;
            }
        }
        return ends;
    }

    /** Max-min fairness by raising a common level until drives hit their caps or the bus is exhausted. */
    static double[] progressiveFilling(List<Integer> active, double[] cap, double bus) {
        int k = active.size();
        double[] rate = new double[k];
        boolean[] frozen = new boolean[k];
        double budget = bus;
        int open = k;
        while (open > 0) {
            double level = budget / open;
            boolean froze = false;
            for (int q = 0; q < k; q++) {
                if (!frozen[q] && cap[active.get(q)] <= level) {
                    rate[q] = cap[active.get(q)];
                    budget -= rate[q];
                    frozen[q] = true;
                    open--;
                    froze = true;
                }
            }
            if (!froze) {
                for (int q = 0; q < k; q++) {
                    if (!frozen[q]) {
                        rate[q] = level;
                    }
                }
                break;
            }
        }
        return rate;
    }
}
