package org.filiere.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The routes as an undirected weighted graph over the known site ids, with deterministic shortest paths
 * (Dijkstra; ties go to the path found first in the order sites and routes are listed). Immutable once
 * built; networks are small, so paths are computed on demand.
 */
final class Graph {
    private final Map<String, List<Route>> adjacency = new LinkedHashMap<>();

    Graph(List<Site> sites, List<Route> routes) {
        for (Site s : sites) {
            adjacency.putIfAbsent(s.id(), new ArrayList<>());
        }
        for (Route r : routes) {
            // Routes to unknown sites and loops are reported by the rules; they carry nobody anywhere.
            if (r.from().equals(r.to()) || !adjacency.containsKey(r.from()) || !adjacency.containsKey(r.to())) {
                continue;
            }
            adjacency.get(r.from()).add(r);
            adjacency.get(r.to()).add(r);
        }
    }

    /** Shortest distance in km from {@code source} to every site it reaches (itself at 0). */
    Map<String, Double> distancesFrom(String source) {
        Map<String, Double> dist = new HashMap<>();
        run(source, dist, new HashMap<>());
        return dist;
    }

    /** The routes of a shortest path, in travel order, or empty when {@code to} is unreachable. */
    Optional<List<Route>> path(String from, String to) {
        Map<String, Double> dist = new HashMap<>();
        Map<String, Route> via = new HashMap<>();
        run(from, dist, via);
        if (!dist.containsKey(to)) {
            return Optional.empty();
        }
        List<Route> hops = new ArrayList<>();
        String at = to;
        while (!at.equals(from)) {
            Route r = via.get(at);
            hops.add(r);
            at = r.otherEnd(at);
        }
        Collections.reverse(hops);
        return Optional.of(hops);
    }

    private record Entry(String site, double km, long order) {
    }

    private void run(String source, Map<String, Double> dist, Map<String, Route> via) {
        if (!adjacency.containsKey(source)) {
            return;
        }
        PriorityQueue<Entry> queue = new PriorityQueue<>(
                Comparator.comparingDouble(Entry::km).thenComparingLong(Entry::order));
        long order = 0;
        dist.put(source, 0.0);
        queue.add(new Entry(source, 0.0, order++));
        while (!queue.isEmpty()) {
            Entry e = queue.poll();
            if (e.km() > dist.get(e.site())) {
                continue;
            }
            for (Route r : adjacency.get(e.site())) {
                String next = r.otherEnd(e.site());
                double km = e.km() + r.km();
                Double known = dist.get(next);
                if (known == null || km < known) {
                    dist.put(next, km);
                    via.put(next, r);
                    queue.add(new Entry(next, km, order++));
                }
            }
        }
    }
}
