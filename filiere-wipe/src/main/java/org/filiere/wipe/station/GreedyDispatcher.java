package org.filiere.wipe.station;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filiere.internal.Require;

/**
 * An online dispatcher: whenever bays and operators are free, load the most urgent tasks first (earliest due,
 * then longest work, so long overwrites do not end up alone at the end), each into the free bay where it is
 * expected to go fastest, keeping ATA pass-through bays for the tasks that need them. Stateless and
 * thread-safe.
 */
public final class GreedyDispatcher implements Dispatcher {

    @Override
    public Decision next(View view) {
        Require.nonNull(view, "view");
        if (view.operators() <= 0 || view.freeBays().isEmpty() || view.pending().isEmpty()) {
            return Decision.none();
        }
        Station station = view.station();
        Map<String, Integer> overwrites = new HashMap<>();
        for (Running r : view.running()) {
            if (r.task().workload().kind() == Workload.Kind.OVERWRITE) {
                overwrites.merge(r.bay().dockId(), 1, Integer::sum);
            }
        }
        boolean passThroughWanted = view.pending().stream().anyMatch(t -> t.workload().requiresAtaPassThrough());
        List<StationTask> order = new ArrayList<>(view.pending());
        order.sort(Comparator.comparing((StationTask t) -> t.due() == null ? Instant.MAX : t.due())
                .thenComparing(t -> -t.workload().expected(t.workload().kind() == Workload.Kind.OVERWRITE
                        ? t.workload().driveMBps() : 1).toMillis()));
        Set<Bay> free = new LinkedHashSet<>(view.freeBays());
        List<Load> loads = new ArrayList<>();
        for (StationTask t : order) {
            if (loads.size() >= view.operators() || free.isEmpty()) {
                break;
            }
            Bay best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Bay b : free) {
                if (t.pinned() != null && !t.pinned().equals(b)) {
                    continue;
                }
                Dock d = station.dock(b.dockId());
                if (!t.workload().fits(d)) {
                    continue;
                }
                if (t.pinned() == null && d.ataPassThrough() && !t.workload().requiresAtaPassThrough()
                        && passThroughWanted && station.docks().stream().anyMatch(o -> !o.ataPassThrough())) {
                    continue;
                }
                double score;
                if (t.workload().kind() == Workload.Kind.OVERWRITE) {
                    int sharing = overwrites.getOrDefault(d.id(), 0) + 1;
                    score = Math.min(t.workload().driveMBps(), d.busMBps() / sharing);
                } else {
                    score = d.ataPassThrough() == t.workload().requiresAtaPassThrough() ? 1 : 0;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = b;
                }
            }
            if (best != null) {
                free.remove(best);
                loads.add(new Load(t, best));
                if (t.workload().kind() == Workload.Kind.OVERWRITE) {
                    overwrites.merge(best.dockId(), 1, Integer::sum);
                }
            }
        }
        return new Decision(loads, null);
    }
}
