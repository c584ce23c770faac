package org.filiere.wipe.station;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filiere.internal.Require;
import org.filiere.wipe.schedule.Assignment;
import org.filiere.wipe.schedule.Plan;
import org.filiere.wipe.schedule.Strategy;
import org.filiere.wipe.schedule.Task;
import org.filiere.wipe.schedule.WipePlanner;

/**
 * A {@link Dispatcher} that asks the wipe planner ({@link WipePlanner}) at every event: it plans the pending
 * tasks from now on the bays that are free now, loads what the plan starts now, and asks again when the plan's
 * next load is due. Because the runner calls it whenever reality diverges (a slower disk, a failure, a bay
 * freed early), the plan is revised from the station's real state each time.
 *
 * <p>Approximation: the planner does not know about the tasks already running, so it plans as if only the free
 * bays existed and their docks' buses were free; only its immediate decisions are used, and the next event
 * re-plans. Not thread-safe (the runner calls it from one thread).
 */
public final class PlannerDispatcher implements Dispatcher {
    private final WipePlanner planner;
    private final Strategy strategy;
    private int plans;

    /** Dispatches with the {@link Strategy#PLANNER planner} strategy. */
    public PlannerDispatcher() {
        this(new WipePlanner(), Strategy.PLANNER);
    }

    /** Dispatches with {@code strategy}. */
    public PlannerDispatcher(WipePlanner planner, Strategy strategy) {
        this.planner = Require.nonNull(planner, "planner");
        this.strategy = Require.nonNull(strategy, "strategy");
    }

    /** How many plans were computed so far (one per event with work to load). */
    public int plans() {
        return plans;
    }

    /** The planner's task for a station task. */
    public static Task toTask(StationTask t) {
        Workload w = t.workload();
        return w.kind() == Workload.Kind.OVERWRITE
                ? new Task.Overwrite(t.id(), w.capacityBytes(), w.driveMBps(), w.passes(), t.due())
                : new Task.Firmware(t.id(), w.firmwareSeconds(), w.requiresAtaPassThrough(), t.due());
    }

    /** The planner's station for {@code station} (all its bays). */
    public static org.filiere.wipe.schedule.Station toStation(Station station) {
        return toStation(station, null);
    }

    private static org.filiere.wipe.schedule.Station toStation(Station station, Map<String, List<Bay>> free) {
        List<org.filiere.wipe.schedule.Dock> docks = new ArrayList<>();
        for (Dock d : station.docks()) {
            int bays = free == null ? d.bays() : free.getOrDefault(d.id(), List.of()).size();
            if (bays > 0) {
                docks.add(new org.filiere.wipe.schedule.Dock(d.id(), bays, d.busMBps(), d.ataPassThrough()));
            }
        }
        OpeningHours h = station.openingHours();
        List<org.filiere.wipe.schedule.OpeningHours.Window> windows = new ArrayList<>();
        for (OpeningHours.Window w : h.windows()) {
            windows.add(new org.filiere.wipe.schedule.OpeningHours.Window(w.days(), w.from(), w.to()));
        }
        if (windows.isEmpty()) {
            windows.add(new org.filiere.wipe.schedule.OpeningHours.Window(java.util.EnumSet.allOf(
                    java.time.DayOfWeek.class), java.time.LocalTime.MIN, java.time.LocalTime.of(23, 59, 59)));
        }
        return new org.filiere.wipe.schedule.Station(new org.filiere.wipe.schedule.OpeningHours(h.zone(), windows),
                station.operators(), Math.max(1, station.handling().getSeconds()), docks);
    }

    @Override
    public Decision next(View view) {
        List<StationTask> candidates = new ArrayList<>();
        for (StationTask t : view.pending()) {
            if (t.pinned() == null) {
                candidates.add(t);
            }
        }
        Map<String, List<Bay>> free = new LinkedHashMap<>();
        for (Bay b : view.freeBays()) {
            free.computeIfAbsent(b.dockId(), k -> new ArrayList<>()).add(b);
        }
        List<Load> loads = new ArrayList<>();
        // pinned tasks go to their own bay, first
        for (StationTask t : view.pending()) {
            if (t.pinned() != null && free.getOrDefault(t.pinned().dockId(), List.of()).remove(t.pinned())) {
                loads.add(new Load(t, t.pinned()));
            }
        }
        org.filiere.wipe.schedule.Station reduced = toStation(view.station(), free);
        Map<String, StationTask> byId = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        for (StationTask t : candidates) {
            boolean runnable = reduced.docks().stream().anyMatch(d -> d.accepts(toTask(t)));
            if (runnable) {
                byId.put(t.id(), t);
                tasks.add(toTask(t));
            }
        }
        if (tasks.isEmpty() || reduced.docks().isEmpty()) {
            return new Decision(loads, null);
        }
        // the planner works in whole seconds; round up so that a plan never starts before now
        Instant now = view.now().truncatedTo(ChronoUnit.SECONDS);
        if (now.isBefore(view.now())) {
            now = now.plusSeconds(1);
        }
        Plan plan = planner.plan(reduced, new org.filiere.wipe.schedule.Workload(now, tasks), strategy);
        plans++;
        Instant recheck = null;
        for (Assignment a : plan.assignments()) {
            if (!a.start().isAfter(now)) {
                List<Bay> dockFree = free.get(a.dockId());
                if (dockFree != null && a.bay() <= dockFree.size() && loads.size() < view.operators()) {
                    loads.add(new Load(byId.get(a.taskId()), dockFree.get(a.bay() - 1)));
                }
            } else if (recheck == null || a.start().isBefore(recheck)) {
                recheck = a.start();
            }
        }
        // A load planned at 'now' for a bay we could not map waits for the next event or the recheck.
        if (loads.isEmpty() && recheck == null) {
            recheck = now.plusSeconds(1);
        }
        return new Decision(dedupe(loads), recheck);
    }

    private static List<Load> dedupe(List<Load> loads) {
        Map<Bay, Load> byBay = new LinkedHashMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Load l : loads) {
            if (!byBay.containsKey(l.bay()) && seen.putIfAbsent(l.task().id(), true) == null) {
                byBay.put(l.bay(), l);
            }
        }
        return new ArrayList<>(byBay.values());
    }
}
