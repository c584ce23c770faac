package org.filiere.topology;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.filiere.internal.Require;

/**
 * One place of the network: who runs it, its role, what it can do and how much. Immutable and thread-safe.
 *
 * <p>Capacities are optional: {@code null} means "none declared" (a network can be drawn before its
 * capacities are known). Negative capacities are refused here; the cross-site rules (who may sanitize, which
 * site reaches a hub) are checked by {@link Network#violations(TopologyPolicy)}.
 *
 * <pre>{@code
 * Site hub = new Site("miraille", "E&S / La Miraille", SiteRole.HUB,
 *         Set.of(Capability.COLLECT, Capability.STORE, Capability.SANITIZE, Capability.REFURBISH),
 *         40, 20, 15, "Environnement & Solidarité");
 * }</pre>
 *
 * @param id                identifier used by routes and inflow, unique within a network
 * @param name              human name
 * @param role              hub, node or relay point
 * @param capabilities      what the site can do
 * @param storagePlaces     devices the site can hold at once, or null when none declared
 * @param sanitizePerMonth  devices the site can erase per month, or null when none declared
 * @param refurbishPerMonth devices the site can refurbish per month, or null when none declared
 * @param operator          the structure that runs the site, or null when not stated
 */
public record Site(String id, String name, SiteRole role, Set<Capability> capabilities, Integer storagePlaces,
                   Integer sanitizePerMonth, Integer refurbishPerMonth, String operator) {
    public Site {
        Require.nonBlank(id, "id");
        Require.nonBlank(name, "name");
        Require.nonNull(role, "role");
        capabilities = capabilities == null || capabilities.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
        Require.that(storagePlaces == null || storagePlaces >= 0, "storagePlaces", "must not be negative");
        Require.that(sanitizePerMonth == null || sanitizePerMonth >= 0, "sanitizePerMonth", "must not be negative");
        Require.that(refurbishPerMonth == null || refurbishPerMonth >= 0, "refurbishPerMonth",
                "must not be negative");
    }

    /** A site without declared capacities nor operator. */
    public static Site of(String id, String name, SiteRole role, Capability... capabilities) {
        return new Site(id, name, role, capabilities.length == 0 ? Set.of() : EnumSet.of(capabilities[0],
                capabilities), null, null, null, null);
    }

    /** Whether the site has {@code capability}. */
    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }

    /** Erasures per month, 0 when none declared or the site cannot sanitize. */
    public int sanitizeCapacity() {
        return can(Capability.SANITIZE) && sanitizePerMonth != null ? sanitizePerMonth : 0;
    }

    /** Refurbishments per month, 0 when none declared or the site cannot refurbish. */
    public int refurbishCapacity() {
        return can(Capability.REFURBISH) && refurbishPerMonth != null ? refurbishPerMonth : 0;
    }

    /** Storage places, 0 when none declared. */
    public int storageCapacity() {
        return storagePlaces == null ? 0 : storagePlaces;
    }

    /** A copy with another erasure capacity (what-if planning, e.g. a bigger dock). */
    public Site withSanitizePerMonth(Integer perMonth) {
        return new Site(id, name, role, capabilities, storagePlaces, perMonth, refurbishPerMonth, operator);
    }

    /** A copy with another refurbishment capacity. */
    public Site withRefurbishPerMonth(Integer perMonth) {
        return new Site(id, name, role, capabilities, storagePlaces, sanitizePerMonth, perMonth, operator);
    }

    /** A copy with another number of storage places. */
    public Site withStoragePlaces(Integer places) {
        return new Site(id, name, role, capabilities, places, sanitizePerMonth, refurbishPerMonth, operator);
    }
}
