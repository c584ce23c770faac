package org.filiere.topology;

import org.filiere.internal.Require;

/**
 * One hop of a device's journey along a route: a custody transfer from one site to the next, with the
 * distance and transport mode the carbon calculation needs. Immutable.
 *
 * @param fromSiteId where the device leaves
 * @param toSiteId   where it arrives
 * @param km         distance of the route, in km
 * @param mode       how it travels
 * @param purpose    which step of the chain this hop serves
 */
public record Leg(String fromSiteId, String toSiteId, double km, TransportMode mode, Purpose purpose) {
    public Leg {
        Require.nonBlank(fromSiteId, "fromSiteId");
        Require.nonBlank(toSiteId, "toSiteId");
        Require.nonNegative(km, "km");
        Require.nonNull(mode, "mode");
        Require.nonNull(purpose, "purpose");
    }

    /** Why a device travels. */
    public enum Purpose {
        /** From the collection site to the sanitizing hub. */
        TO_SANITIZATION,
        /** From the sanitizing hub to the refurbishing site. */
        TO_REFURBISHMENT,
        /** From the refurbishing site to the site that hands it to a beneficiary. */
        TO_DISTRIBUTION
    }
}
