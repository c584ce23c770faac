package org.filiere.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filiere.FiliereException;
import org.filiere.internal.Require;

/**
 * A network that passed {@link Network#violations(TopologyPolicy)} under a policy: every collecting site
 * reaches a sanitizing site, every sanitizing site reaches a refurbishing one. Only {@link Network#validate}
 * builds it, so routing and capacity planning never see an inconsistent network. Immutable and thread-safe.
 *
 * <p>Routing rule: a device goes from its collection site to the nearest (in km) site allowed to sanitize;
 * it is refurbished there when that site can refurbish, otherwise at the refurbishing site nearest to it;
 * it is then distributed from the distributing site nearest to where it was collected (devices go back to
 * their territory), or from the refurbishing site when no site distributes. Ties go to the site listed
 * first.
 *
 * <pre>{@code
 * ValidatedNetwork net = network.validate(TopologyPolicy.DEFAULT);
 * RoutePlan plan = net.plan("cimelab");
 * double km = plan.totalKm();
 * }</pre>
 */
public final class ValidatedNetwork {
    private final Network network;
    private final TopologyPolicy policy;
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Graph graph;

    ValidatedNetwork(Network network, TopologyPolicy policy) {
        this.network = network;
        this.policy = policy;
        for (Site s : network.sites()) {
            sites.put(s.id(), s);
        }
        this.graph = new Graph(network.sites(), network.routes());
    }

    /** The network as given. */
    public Network network() {
        return network;
    }

    /** The policy it was validated under. */
    public TopologyPolicy policy() {
        return policy;
    }

    /** The site with this id; throws when there is none. */
    public Site site(String id) {
        Site s = sites.get(id);
        if (s == null) {
            throw new FiliereException("no such site").with("site", id);
        }
        return s;
    }

    /** Sites allowed by the policy that can sanitize, in file order. */
    public List<Site> sanitizingSites() {
        return sites.values().stream().filter(s -> sanitizes(s, policy)).toList();
    }

    /** Shortest road distance in km between two sites (both must be connected). */
    public double distanceKm(String from, String to) {
        Double km = graph.distancesFrom(site(from).id()).get(site(to).id());
        if (km == null) {
            throw new FiliereException("sites are not connected").with("from", from).with("to", to);
        }
        return km;
    }

    /** Whether some chain of routes links the two sites. */
    public boolean connected(String from, String to) {
        return graph.distancesFrom(site(from).id()).containsKey(site(to).id());
    }

    /** The nearest sanitizing site to {@code collectionSiteId}. */
    public Site sanitizingSiteFor(String collectionSiteId) {
        return nearest(collectionSiteId, s -> sanitizes(s, policy), null);
    }

    /** The refurbishing site for devices erased at {@code sanitizingSiteId}: itself when it can. */
    public Site refurbishingSiteFor(String sanitizingSiteId) {
        return nearest(sanitizingSiteId, s -> s.can(Capability.REFURBISH), null);
    }

    /**
     * The journey of a device collected at {@code collectionSiteId}, by the routing rule of this class.
     */
    public RoutePlan plan(String collectionSiteId) {
        Site sanitizing = sanitizingSiteFor(site(collectionSiteId).id());
        Site refurbishing = refurbishingSiteFor(sanitizing.id());
        Site distributing = nearest(collectionSiteId, s -> s.can(Capability.DISTRIBUTE), refurbishing);
        return plan(collectionSiteId, refurbishing.id(), distributing.id());
    }

    /**
     * The journey of a device collected at {@code collectionSiteId}, refurbished and distributed at the given
     * sites (for example a lot sent to a node's refurbishment workshop). Erasure stays at the nearest
     * sanitizing site: the policy does not move.
     *
     * @throws FiliereException when a site is unknown, lacks the capability or is not connected
     */
    public RoutePlan plan(String collectionSiteId, String refurbishingSiteId, String distributionSiteId) {
        Site collection = site(collectionSiteId);
        Site sanitizing = sanitizingSiteFor(collection.id());
        Site refurbishing = site(refurbishingSiteId);
        Require.that(refurbishing.can(Capability.REFURBISH), "refurbishingSiteId",
                "site '" + refurbishingSiteId + "' cannot REFURBISH");
        Site distribution = site(distributionSiteId);
        List<Leg> legs = new ArrayList<>();
        hops(legs, collection.id(), sanitizing.id(), Leg.Purpose.TO_SANITIZATION);
        hops(legs, sanitizing.id(), refurbishing.id(), Leg.Purpose.TO_REFURBISHMENT);
        hops(legs, refurbishing.id(), distribution.id(), Leg.Purpose.TO_DISTRIBUTION);
        return new RoutePlan(collection.id(), sanitizing.id(), refurbishing.id(), distribution.id(), legs);
    }

    private void hops(List<Leg> legs, String from, String to, Leg.Purpose purpose) {
        List<Route> path = graph.path(from, to).orElseThrow(() ->
                new FiliereException("sites are not connected").with("from", from).with("to", to));
        String at = from;
        for (Route r : path) {
            String next = r.otherEnd(at);
            legs.add(new Leg(at, next, r.km(), r.mode(), purpose));
            at = next;
        }
    }

    /** Nearest matching site reachable from {@code from}; {@code fallback} (or an error) when none. */
    private Site nearest(String from, java.util.function.Predicate<Site> wanted, Site fallback) {
        Map<String, Double> dist = graph.distancesFrom(from);
        List<String> order = new ArrayList<>(sites.keySet());
        return dist.entrySet().stream()
                .filter(e -> wanted.test(sites.get(e.getKey())))
                .min(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparingInt(e -> order.indexOf(e.getKey())))
                .map(e -> sites.get(e.getKey()))
                .or(() -> java.util.Optional.ofNullable(fallback))
                .orElseThrow(() -> new FiliereException("no suitable site reachable").with("from", from));
    }

    static boolean sanitizes(Site s, TopologyPolicy policy) {
        return s.can(Capability.SANITIZE) && policy.allowsSanitizingAt(s.role());
    }
}
