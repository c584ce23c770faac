package org.filiere.topology;

import org.filiere.internal.Require;

/**
 * What one site holds in one month of a capacity plan. Immutable.
 *
 * @param siteId        the site
 * @param occupancy     the most devices the site holds during the month: at a sanitizing site, devices
 *                      waiting for erasure or refurbishment after the month's arrivals; at another refurbishing
 *                      site, the devices it refurbishes that month
 * @param storagePlaces the places it declares (0 when none)
 * @param overflow      devices beyond its places ({@code max(0, occupancy - storagePlaces)})
 * @param refurbished   devices it refurbished that month
 */
public record SiteLoad(String siteId, int occupancy, int storagePlaces, int overflow, int refurbished) {
    public SiteLoad {
        Require.nonBlank(siteId, "siteId");
        Require.nonNegative(occupancy, "occupancy");
        Require.nonNegative(storagePlaces, "storagePlaces");
        Require.that(overflow == Math.max(0, occupancy - storagePlaces), "overflow",
                "overflow must be occupancy beyond the storage places");
        Require.nonNegative(refurbished, "refurbished");
    }
}
