package org.filiere.topology;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.filiere.internal.Require;

/**
 * The journey of one collected device: collection site, sanitizing hub, refurbishing site, distribution
 * site, and the hops between them in travel order (each hop is a custody transfer). Immutable.
 *
 * <pre>{@code
 * RoutePlan plan = network.plan("cimelab");
 * for (Leg leg : plan.legs()) {
 *     custody.transfer(device, leg.fromSiteId(), leg.toSiteId(), leg.km(), leg.mode());
 * }
 * }</pre>
 *
 * @param collectionSiteId   where the device was collected
 * @param sanitizingSiteId   where it is erased
 * @param refurbishingSiteId where it is refurbished
 * @param distributionSiteId where it is handed to a beneficiary
 * @param legs               the hops, in travel order; empty when all four are the same site
 */
public record RoutePlan(String collectionSiteId, String sanitizingSiteId, String refurbishingSiteId,
                        String distributionSiteId, List<Leg> legs) {
    public RoutePlan {
        Require.nonBlank(collectionSiteId, "collectionSiteId");
        Require.nonBlank(sanitizingSiteId, "sanitizingSiteId");
        Require.nonBlank(refurbishingSiteId, "refurbishingSiteId");
        Require.nonBlank(distributionSiteId, "distributionSiteId");
        legs = Require.copy(legs, "legs");
    }

    /** Total distance travelled, in km. */
    public double totalKm() {
        return legs.stream().mapToDouble(Leg::km).sum();
    }

    /** Distance travelled per transport mode (for the carbon calculation). */
    public Map<TransportMode, Double> kmByMode() {
        Map<TransportMode, Double> m = new EnumMap<>(TransportMode.class);
        for (Leg l : legs) {
            m.merge(l.mode(), l.km(), Double::sum);
        }
        return m;
    }

    /** The hops serving one step of the chain. */
    public List<Leg> legs(Leg.Purpose purpose) {
        return legs.stream().filter(l -> l.purpose() == purpose).toList();
    }
}
