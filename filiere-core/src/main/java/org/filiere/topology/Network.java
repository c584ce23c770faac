package org.filiere.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.filiere.FiliereException;
import org.filiere.internal.Require;
import org.filiere.validation.Violation;

/**
 * A candidate network as drawn by its members: sites, two-way routes and the inflow forecast. Immutable
 * and thread-safe.
 *
 * <p>Each value is checked on its own when built (no negative capacity or distance), but the rules that
 * span several values (unique ids, known ids, a sanitizing hub reachable from every collecting site...) are
 * reported all at once by {@link #violations(TopologyPolicy)}, with paths in the network file's notation
 * ({@code routes[1].to}). Routing and capacity planning need a {@link ValidatedNetwork}, obtained through
 * {@link #validate(TopologyPolicy)}.
 *
 * <pre>{@code
 * Network n = new Network(sites, routes, inflow);
 * List<Violation> problems = n.violations(TopologyPolicy.DEFAULT);
 * ValidatedNetwork ok = n.validate(TopologyPolicy.DEFAULT); // throws when problems is not empty
 * }</pre>
 *
 * @param sites  the sites, in file order (violation paths use these indexes)
 * @param routes the routes, in file order
 * @param inflow the inflow forecast per collecting site, in file order
 */
public record Network(List<Site> sites, List<Route> routes, List<Inflow> inflow) {
    public Network {
        sites = Require.copy(sites, "sites");
        routes = Require.copy(routes, "routes");
        inflow = Require.copy(inflow, "inflow");
    }

    /** Every problem of this network under {@code policy}, in a stable order (empty when valid). */
    public List<Violation> violations(TopologyPolicy policy) {
        return NetworkRules.check(this, Require.nonNull(policy, "policy"));
    }

    /** Every problem under the default, centralised-erasure policy. */
    public List<Violation> violations() {
        return violations(TopologyPolicy.DEFAULT);
    }

    /**
     * This network, checked, ready for routing and capacity planning.
     *
     * @throws InvalidNetworkException carrying every violation when the network breaks a rule
     */
    public ValidatedNetwork validate(TopologyPolicy policy) {
        List<Violation> problems = violations(policy);
        if (!problems.isEmpty()) {
            throw new InvalidNetworkException(problems);
        }
        return new ValidatedNetwork(this, policy);
    }

    /** {@link #validate(TopologyPolicy)} under the default policy. */
    public ValidatedNetwork validate() {
        return validate(TopologyPolicy.DEFAULT);
    }

    /** The first site with this id. */
    public Optional<Site> site(String id) {
        return sites.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A copy where the site with {@code replacement}'s id is replaced (what-if planning). */
    public Network withSite(Site replacement) {
        List<Site> copy = new ArrayList<>(sites.size());
        boolean found = false;
        for (Site s : sites) {
            if (s.id().equals(replacement.id())) {
                copy.add(replacement);
                found = true;
            } else {
                copy.add(s);
            }
        }
        if (!found) {
            throw new FiliereException("no such site").with("site", replacement.id());
        }
        return new Network(copy, routes, inflow);
    }
}
