package org.filiere.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filiere.validation.Violation;

/** The cross-value rules of a network; see {@code docs/network.md} for the list. Stateless. */
final class NetworkRules {
    private NetworkRules() {
    }

    static List<Violation> check(Network n, TopologyPolicy policy) {
        List<Violation> out = new ArrayList<>();
        List<Site> sites = n.sites();
        Map<String, Site> byId = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            String at = "sites[" + i + "]";
            if (byId.putIfAbsent(s.id(), s) != null) {
                out.add(new Violation(at + ".id", "DUPLICATE_SITE_ID",
                        "site id '" + s.id() + "' is used by more than one site"));
            }
            if (s.can(Capability.SANITIZE) && !policy.allowsSanitizingAt(s.role())) {
                out.add(new Violation(at + ".capabilities", "SANITIZE_NOT_ALLOWED",
                        "site '" + s.id() + "' is a " + s.role() + " but the policy allows erasure only at "
                                + policy.sanitizingRoles() + " (centralised erasure, for traceability)"));
            }
            capacityNeedsCapability(out, at + ".storagePlaces", s, s.storagePlaces(), Capability.STORE);
            capacityNeedsCapability(out, at + ".sanitizePerMonth", s, s.sanitizePerMonth(), Capability.SANITIZE);
            capacityNeedsCapability(out, at + ".refurbishPerMonth", s, s.refurbishPerMonth(), Capability.REFURBISH);
        }
        for (int i = 0; i < n.routes().size(); i++) {
            Route r = n.routes().get(i);
            String at = "routes[" + i + "]";
            unknown(out, byId, r.from(), at + ".from");
            unknown(out, byId, r.to(), at + ".to");
            if (r.from().equals(r.to())) {
                out.add(new Violation(at, "ROUTE_TO_ITSELF", "route leads from '" + r.from() + "' to itself"));
            }
        }
        for (int i = 0; i < n.inflow().size(); i++) {
            Inflow f = n.inflow().get(i);
            String at = "inflow[" + i + "].site";
            if (!unknown(out, byId, f.siteId(), at) && !byId.get(f.siteId()).can(Capability.COLLECT)) {
                out.add(new Violation(at, "INFLOW_AT_NON_COLLECTING_SITE",
                        "site '" + f.siteId() + "' receives an inflow but cannot COLLECT"));
            }
        }
        reachability(out, n, policy, byId);
        return List.copyOf(out);
    }

    private static void reachability(List<Violation> out, Network n, TopologyPolicy policy, Map<String, Site> byId) {
        List<Site> sites = n.sites();
        boolean hub = sites.stream().anyMatch(s -> s.role() == SiteRole.HUB && s.can(Capability.SANITIZE)
                && policy.allowsSanitizingAt(SiteRole.HUB));
        if (!hub) {
            out.add(new Violation("sites", "NO_SANITIZING_HUB", "no HUB site can SANITIZE"));
            // Without a sanitizing hub every collecting site would be reported again: say it once.
            return;
        }
        Graph graph = new Graph(sites, n.routes());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            if (!seen.add(s.id())) {
                continue;
            }
            boolean sanitizes = ValidatedNetwork.sanitizes(s, policy);
            if (s.can(Capability.COLLECT) && !sanitizes) {
                boolean reaches = graph.distancesFrom(s.id()).keySet().stream()
                        .anyMatch(id -> ValidatedNetwork.sanitizes(byId.get(id), policy));
                if (!reaches) {
                    out.add(new Violation("sites[" + i + "]", "NO_ROUTE_TO_SANITIZATION",
                            "collecting site '" + s.id() + "' has no route to a site that sanitizes"));
                }
            }
            if (sanitizes) {
                boolean reaches = graph.distancesFrom(s.id()).keySet().stream()
                        .anyMatch(id -> byId.get(id).can(Capability.REFURBISH));
                if (!reaches) {
                    out.add(new Violation("sites[" + i + "]", "NO_ROUTE_TO_REFURBISHMENT",
                            "sanitizing site '" + s.id() + "' has no route to a site that can REFURBISH"));
                }
            }
        }
    }

    private static void capacityNeedsCapability(List<Violation> out, String path, Site s, Integer value,
                                                Capability needed) {
        if (value != null && value > 0 && !s.can(needed)) {
            out.add(new Violation(path, "CAPACITY_WITHOUT_CAPABILITY",
                    "site '" + s.id() + "' declares a capacity but lacks the " + needed + " capability"));
        }
    }

    /** Adds a violation and returns true when {@code id} names no site. */
    private static boolean unknown(List<Violation> out, Map<String, Site> byId, String id, String path) {
        if (byId.containsKey(id)) {
            return false;
        }
        out.add(new Violation(path, "UNKNOWN_SITE", "no site has id '" + id + "'"));
        return true;
    }
}
