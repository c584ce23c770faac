package org.filiere.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.topology.Capability.COLLECT;
import static org.filiere.topology.Capability.DISTRIBUTE;
import static org.filiere.topology.Capability.REFURBISH;
import static org.filiere.topology.Capability.STORE;
import static org.filiere.topology.Networks.hub;
import static org.filiere.topology.Networks.relay;
import static org.filiere.topology.Networks.van;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.filiere.FiliereException;
import org.junit.jupiter.api.Test;

class RoutingTest {
    /*
     * gap --18-- chorges --59-- miraille(hub) --11-- briancon
     *                                  \--6-- argentiere (by car)
     * plus a long direct road gap--miraille of 90 km that the shortest path must not take.
     */
    private static final Network NORTH = new Network(List.of(
            hub("miraille", 40, 20, 15),
            new Site("chorges", "Les Ateliers", SiteRole.NODE, EnumSet.of(COLLECT, STORE, REFURBISH, DISTRIBUTE),
                    15, null, 10, "Les Ateliers"),
            relay("briancon"),
            relay("argentiere"),
            relay("gap")),
            List.of(van("gap", "chorges", 18), van("chorges", "miraille", 59), van("briancon", "miraille", 11),
                    new Route("argentiere", "miraille", 6, TransportMode.CAR), van("gap", "miraille", 90)),
            List.of());

    private final ValidatedNetwork net = NORTH.validate();

    @Test
    void aDeviceFromARelayGoesToTheHubAndIsDistributedFromTheNearestDistributingSite() {
        RoutePlan p = net.plan("briancon");
        assertThat(p.sanitizingSiteId()).isEqualTo("miraille");
        assertThat(p.refurbishingSiteId()).isEqualTo("miraille");
        assertThat(p.distributionSiteId()).isEqualTo("miraille");
        assertThat(p.legs()).containsExactly(
                new Leg("briancon", "miraille", 11, TransportMode.VAN, Leg.Purpose.TO_SANITIZATION));
        assertThat(p.totalKm()).isEqualTo(11);
    }

    @Test
    void theShortestPathGoesThroughIntermediateSitesHopByHop() {
        RoutePlan p = net.plan("gap");
        // Via Chorges (18 + 59 = 77 km) rather than the direct 90 km road; back to Chorges to be distributed.
        assertThat(p.legs()).containsExactly(
                new Leg("gap", "chorges", 18, TransportMode.VAN, Leg.Purpose.TO_SANITIZATION),
                new Leg("chorges", "miraille", 59, TransportMode.VAN, Leg.Purpose.TO_SANITIZATION),
                new Leg("miraille", "chorges", 59, TransportMode.VAN, Leg.Purpose.TO_DISTRIBUTION));
        assertThat(p.distributionSiteId()).isEqualTo("chorges");
        assertThat(p.totalKm()).isEqualTo(136);
        assertThat(p.legs(Leg.Purpose.TO_SANITIZATION)).hasSize(2);
    }

    @Test
    void distancesPerModeFeedTheCarbonCalculation() {
        RoutePlan p = net.plan("argentiere", "chorges", "argentiere");
        assertThat(p.kmByMode()).isEqualTo(Map.of(TransportMode.CAR, 12.0, TransportMode.VAN, 118.0));
        assertThat(p.legs(Leg.Purpose.TO_REFURBISHMENT)).containsExactly(
                new Leg("miraille", "chorges", 59, TransportMode.VAN, Leg.Purpose.TO_REFURBISHMENT));
    }

    @Test
    void aDeviceCollectedAtTheHubDoesNotTravel() {
        RoutePlan p = net.plan("miraille");
        assertThat(p.legs()).isEmpty();
        assertThat(p.totalKm()).isZero();
    }

    @Test
    void refurbishingWhereItCannotIsRefused() {
        assertThatThrownBy(() -> net.plan("gap", "briancon", "briancon")).isInstanceOf(FiliereException.class)
                .hasMessageContaining("REFURBISH");
        assertThatThrownBy(() -> net.plan("nowhere")).isInstanceOf(FiliereException.class);
    }

    @Test
    void theNearestHubSanitizesWhenThereAreSeveral() {
        Network two = new Network(List.of(hub("north", 40, 20, 15), hub("south", 40, 20, 15), relay("mid")),
                List.of(van("mid", "north", 30), van("mid", "south", 25)), List.of());
        assertThat(two.validate().plan("mid").sanitizingSiteId()).isEqualTo("south");
        assertThat(two.validate().distanceKm("north", "south")).isEqualTo(55);
    }
}
