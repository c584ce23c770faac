package org.filiere.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.filiere.FiliereException;
import org.filiere.internal.Require;

/**
 * Simulates a validated network's flow month by month from its inflow forecast, and sizes the capacities it
 * needs. Stateless and thread-safe.
 *
 * <p>The rule (fixed by the CLI contract):
 * <ul>
 *   <li>devices of month m's inflow arrive at the start of month m, and travel to their sanitizing hub
 *       (see {@link ValidatedNetwork#sanitizingSiteFor});</li>
 *   <li>each month the sanitizing sites erase, together, up to their summed {@code sanitizePerMonth},
 *       oldest first; the others wait (the backlog);</li>
 *   <li>{@code deadlineBreachMonth} is the first month m at whose end a device that arrived in month
 *       a &lt;= m - D is still not erased (D = attestation deadline in months, 6 by default).</li>
 * </ul>
 * Beyond the contract: erased devices are refurbished in the same month when the summed
 * {@code refurbishPerMonth} allows, oldest first, the sanitizing hubs first and then the other refurbishing
 * sites by distance; devices waiting for erasure or refurbishment are stored at their sanitizing hub.
 *
 * <pre>{@code
 * CapacityPlan plan = CapacityPlanner.plan(network.validate(), 24, CapacityPlanner.DEFAULT_DEADLINE_MONTHS);
 * plan.deadlineBreachMonth().ifPresent(m -> log.warn("attestations late from month {}", m));
 * Sizing need = CapacityPlanner.size(network.validate(), 24, 6);
 * }</pre>
 */
public final class CapacityPlanner {
    /** The attestation deadline of the workshop report: 6 months from collection. */
    public static final int DEFAULT_DEADLINE_MONTHS = 6;

    private CapacityPlanner() {
    }

    /**
     * Simulates {@code months} months with the network's declared capacities.
     *
     * @param months         horizon, at least 1
     * @param deadlineMonths attestation deadline D in months, not negative
     */
    public static CapacityPlan plan(ValidatedNetwork network, int months, int deadlineMonths) {
        checkHorizon(months, deadlineMonths);
        int sanitize = network.sanitizingSites().stream().mapToInt(Site::sanitizeCapacity).sum();
        return simulate(network, months, deadlineMonths, sanitize, refurbishCapacities(network, -1));
    }

    /**
     * The capacities needed over {@code months} months: the smallest summed erasure capacity with no deadline
     * breach, raised to the average monthly inflow so that the backlog cannot grow without end; refurbishment
     * at the same pace (the shortfall given to the first sanitizing hub); and the storage places each site then
     * needs (its peak occupancy).
     */
    public static Sizing size(ValidatedNetwork network, int months, int deadlineMonths) {
        checkHorizon(months, deadlineMonths);
        int total = 0;
        for (int m = 1; m <= months; m++) {
            total += arrivalsIn(network, m);
        }
        int average = (total + months - 1) / months;
        Map<String, Integer> noRefurbish = refurbishCapacities(network, 0);
        int low = 0;
        int high = total;
        // Monotone: with more capacity, first-in first-out erases at least as many devices by every month end.
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (simulate(network, months, deadlineMonths, mid, noRefurbish).deadlineBreachMonth().isPresent()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int sanitize = Math.max(low, average);
        CapacityPlan plan = simulate(network, months, deadlineMonths, sanitize,
                refurbishCapacities(network, sanitize));
        Map<String, Integer> places = new LinkedHashMap<>();
        for (SiteLoad load : plan.months().get(0).sites()) {
            places.put(load.siteId(), plan.peakOccupancy(load.siteId()));
        }
        return new Sizing(low, average, sanitize, sanitize, places, plan);
    }

    private static void checkHorizon(int months, int deadlineMonths) {
        if (months < 1) {
            throw new FiliereException("the horizon must be at least one month").with("months", months);
        }
        if (deadlineMonths < 0) {
            throw new FiliereException("the deadline must not be negative").with("deadlineMonths", deadlineMonths);
        }
    }

    private static int arrivalsIn(ValidatedNetwork network, int month) {
        return network.network().inflow().stream().mapToInt(f -> f.devicesIn(month)).sum();
    }

    /**
     * Refurbishing sites in the order they take work, with their monthly capacity. With {@code total >= 0},
     * the first site's capacity is raised (or the others' ignored when total is 0) so that the sum is at least
     * {@code total}.
     */
    private static Map<String, Integer> refurbishCapacities(ValidatedNetwork network, int total) {
        List<Site> sanitizing = network.sanitizingSites();
        List<Site> all = network.network().sites();
        List<Site> order = new ArrayList<>();
        for (Site s : sanitizing) {
            if (s.can(Capability.REFURBISH)) {
                order.add(s);
            }
        }
        Map<String, Double> nearestHubKm = new HashMap<>();
        for (Site s : all) {
            if (s.can(Capability.REFURBISH) && !order.contains(s) && !nearestHubKm.containsKey(s.id())) {
                // A refurbishing site no hub reaches never receives devices: it takes no work.
                sanitizing.stream().filter(h -> network.connected(h.id(), s.id()))
                        .mapToDouble(h -> network.distanceKm(h.id(), s.id())).min()
                        .ifPresent(km -> nearestHubKm.put(s.id(), km));
            }
        }
        all.stream().filter(s -> nearestHubKm.containsKey(s.id())).distinct()
                .sorted(Comparator.comparingDouble((Site s) -> nearestHubKm.get(s.id()))
                        .thenComparingInt(all::indexOf))
                .forEach(order::add);
        Map<String, Integer> caps = new LinkedHashMap<>();
        for (Site s : order) {
            caps.putIfAbsent(s.id(), total == 0 ? 0 : s.refurbishCapacity());
        }
        if (total > 0 && !caps.isEmpty()) {
            int sum = caps.values().stream().mapToInt(Integer::intValue).sum();
            if (sum < total) {
                String first = caps.keySet().iterator().next();
                caps.merge(first, total - sum, Integer::sum);
            }
        }
        return caps;
    }

    /** Devices of one arrival month waiting at one hub. */
    private static final class Cohort {
        final int month;
        final String hubId;
        int count;

        Cohort(int month, String hubId, int count) {
            this.month = month;
            this.hubId = hubId;
            this.count = count;
        }
    }

    private static CapacityPlan simulate(ValidatedNetwork network, int months, int deadline, int sanitizeCap,
                                         Map<String, Integer> refurbishCaps) {
        Require.nonNegative(sanitizeCap, "sanitizePerMonth");
        Map<String, String> hubOf = new HashMap<>();
        for (Inflow f : network.network().inflow()) {
            hubOf.computeIfAbsent(f.siteId(), id -> network.sanitizingSiteFor(id).id());
        }
        List<Site> tracked = new ArrayList<>();
        for (Site s : network.network().sites()) {
            boolean holds = ValidatedNetwork.sanitizes(s, network.policy()) || refurbishCaps.containsKey(s.id())
                    || s.can(Capability.STORE);
            if (holds && tracked.stream().noneMatch(t -> t.id().equals(s.id()))) {
                tracked.add(s);
            }
        }
        int refurbishCap = refurbishCaps.values().stream().mapToInt(Integer::intValue).sum();
        Deque<Cohort> waitingErasure = new ArrayDeque<>();
        Deque<Cohort> waitingRefurbish = new ArrayDeque<>();
        List<MonthPlan> out = new ArrayList<>(months);
        OptionalInt breach = OptionalInt.empty();
        for (int m = 1; m <= months; m++) {
            int arrivals = 0;
            for (Inflow f : network.network().inflow()) {
                int n = f.devicesIn(m);
                if (n > 0) {
                    arrivals += n;
                    add(waitingErasure, new Cohort(m, hubOf.get(f.siteId()), n));
                }
            }
            Map<String, Integer> held = new HashMap<>();
            waitingErasure.forEach(c -> held.merge(c.hubId, c.count, Integer::sum));
            waitingRefurbish.forEach(c -> held.merge(c.hubId, c.count, Integer::sum));

            int sanitized = 0;
            while (sanitized < sanitizeCap && !waitingErasure.isEmpty()) {
                Cohort c = waitingErasure.peekFirst();
                int take = Math.min(c.count, sanitizeCap - sanitized);
                sanitized += take;
                c.count -= take;
                add(waitingRefurbish, new Cohort(c.month, c.hubId, take));
                if (c.count == 0) {
                    waitingErasure.pollFirst();
                }
            }
            int refurbished = 0;
            while (refurbished < refurbishCap && !waitingRefurbish.isEmpty()) {
                Cohort c = waitingRefurbish.peekFirst();
                int take = Math.min(c.count, refurbishCap - refurbished);
                refurbished += take;
                c.count -= take;
                if (c.count == 0) {
                    waitingRefurbish.pollFirst();
                }
            }
            Map<String, Integer> refurbishedAt = new HashMap<>();
            int left = refurbished;
            for (Map.Entry<String, Integer> e : refurbishCaps.entrySet()) {
                int take = Math.min(left, e.getValue());
                refurbishedAt.put(e.getKey(), take);
                left -= take;
            }
            int backlog = waitingErasure.stream().mapToInt(c -> c.count).sum();
            int refurbishBacklog = waitingRefurbish.stream().mapToInt(c -> c.count).sum();
            int oldest = waitingErasure.isEmpty() ? 0 : waitingErasure.peekFirst().month;
            if (breach.isEmpty() && oldest != 0 && oldest <= m - deadline) {
                breach = OptionalInt.of(m);
            }
            List<SiteLoad> loads = new ArrayList<>(tracked.size());
            for (Site s : tracked) {
                int done = refurbishedAt.getOrDefault(s.id(), 0);
                // A hub refurbishes devices it already holds; another site receives them for the month.
                int occupancy = held.containsKey(s.id()) || ValidatedNetwork.sanitizes(s, network.policy())
                        ? held.getOrDefault(s.id(), 0) : done;
                int places = s.storageCapacity();
                loads.add(new SiteLoad(s.id(), occupancy, places, Math.max(0, occupancy - places), done));
            }
            out.add(new MonthPlan(m, arrivals, sanitized, backlog, refurbished, refurbishBacklog, oldest, loads));
        }
        return new CapacityPlan(deadline, sanitizeCap, refurbishCap, out, breach);
    }

    /** Appends, merging with the last cohort when it has the same month and hub (keeps the queue short). */
    private static void add(Deque<Cohort> queue, Cohort c) {
        Cohort last = queue.peekLast();
        if (last != null && last.month == c.month && last.hubId.equals(c.hubId)) {
            last.count += c.count;
        } else {
            queue.addLast(c);
        }
    }
}
