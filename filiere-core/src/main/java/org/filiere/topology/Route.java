package org.filiere.topology;

import org.filiere.internal.Require;

/**
 * A two-way link between two sites, with its road distance and how devices travel on it (for CO2).
 * Immutable and thread-safe.
 *
 * @param from one end (site id)
 * @param to   the other end (site id)
 * @param km   distance in kilometres, not negative
 * @param mode how devices travel
 */
public record Route(String from, String to, double km, TransportMode mode) {
    public Route {
        Require.nonBlank(from, "from");
        Require.nonBlank(to, "to");
        Require.nonNegative(km, "km");
        Require.nonNull(mode, "mode");
    }

    /** Whether the route touches {@code siteId}. */
    public boolean touches(String siteId) {
        return from.equals(siteId) || to.equals(siteId);
    }

    /** The end that is not {@code siteId} (the route is two-way). */
    public String otherEnd(String siteId) {
        return from.equals(siteId) ? to : from;
    }
}
