package org.filiere.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.topology.Capability.COLLECT;
import static org.filiere.topology.Capability.REFURBISH;
import static org.filiere.topology.Capability.SANITIZE;
import static org.filiere.topology.Capability.STORE;
import static org.filiere.topology.Networks.hub;
import static org.filiere.topology.Networks.relay;
import static org.filiere.topology.Networks.van;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.filiere.FiliereException;
import org.filiere.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkValidationTest {
    private static final Site NODE_THAT_SANITIZES = new Site("node", "Les Ateliers", SiteRole.NODE,
            EnumSet.of(COLLECT, STORE, SANITIZE, REFURBISH), 15, 5, 10, "Les Ateliers");

    static Stream<Arguments> cases() {
        TopologyPolicy central = TopologyPolicy.DEFAULT;
        return Stream.of(
                Arguments.of("the contract's example is valid", Networks.contractExample(10), central, List.of()),
                Arguments.of("a network without a hub that sanitizes",
                        new Network(List.of(relay("a"), Site.of("h", "H", SiteRole.HUB, COLLECT, REFURBISH)),
                                List.of(van("a", "h", 5)), List.of()), central,
                        List.of("sites NO_SANITIZING_HUB")),
                Arguments.of("an empty network", new Network(List.of(), List.of(), List.of()), central,
                        List.of("sites NO_SANITIZING_HUB")),
                Arguments.of("erasure at a node under the centralised policy",
                        new Network(List.of(hub("hub", 40, 20, 15), NODE_THAT_SANITIZES),
                                List.of(van("node", "hub", 59)), List.of()), central,
                        List.of("sites[1].capabilities SANITIZE_NOT_ALLOWED")),
                Arguments.of("erasure at a node when the policy allows nodes",
                        new Network(List.of(hub("hub", 40, 20, 15), NODE_THAT_SANITIZES),
                                List.of(van("node", "hub", 59)), List.of()),
                        TopologyPolicy.sanitizingAt(SiteRole.HUB, SiteRole.NODE), List.of()),
                Arguments.of("a collecting relay without any route",
                        new Network(List.of(hub("hub", 40, 20, 15), relay("cimelab")), List.of(), List.of()),
                        central, List.of("sites[1] NO_ROUTE_TO_SANITIZATION")),
                Arguments.of("a route to an unknown site leaves its relay unconnected",
                        new Network(List.of(hub("hub", 40, 20, 15), relay("cimelab")),
                                List.of(van("cimelab", "hbu", 12)), List.of()), central,
                        List.of("routes[0].to UNKNOWN_SITE", "sites[1] NO_ROUTE_TO_SANITIZATION")),
                Arguments.of("an inflow at an unknown site",
                        new Network(List.of(hub("hub", 40, 20, 15)), List.of(),
                                List.of(Inflow.steady("nowhere", 3))), central,
                        List.of("inflow[0].site UNKNOWN_SITE")),
                Arguments.of("an inflow at a site that does not collect",
                        new Network(List.of(hub("hub", 40, 20, 15), Site.of("train", "T", SiteRole.RELAY_POINT,
                                Capability.TRAIN)), List.of(van("train", "hub", 3)),
                                List.of(Inflow.steady("train", 3))), central,
                        List.of("inflow[0].site INFLOW_AT_NON_COLLECTING_SITE")),
                Arguments.of("two sites with the same id",
                        new Network(List.of(hub("hub", 40, 20, 15), relay("r"), relay("r")),
                                List.of(van("r", "hub", 3)), List.of()), central,
                        List.of("sites[2].id DUPLICATE_SITE_ID")),
                Arguments.of("a capacity without the capability",
                        new Network(List.of(hub("hub", 40, 20, 15), new Site("r", "R", SiteRole.RELAY_POINT,
                                Set.of(COLLECT), 10, 4, null, null)), List.of(van("r", "hub", 3)), List.of()),
                        central, List.of("sites[1].sanitizePerMonth CAPACITY_WITHOUT_CAPABILITY",
                                "sites[1].storagePlaces CAPACITY_WITHOUT_CAPABILITY")),
                Arguments.of("a route from a site to itself",
                        new Network(List.of(hub("hub", 40, 20, 15)), List.of(van("hub", "hub", 0)), List.of()),
                        central, List.of("routes[0] ROUTE_TO_ITSELF")),
                Arguments.of("a hub that cannot reach refurbishment",
                        new Network(List.of(new Site("hub", "H", SiteRole.HUB, Set.of(COLLECT, SANITIZE), null, 20,
                                null, null)), List.of(), List.of()), central,
                        List.of("sites[0] NO_ROUTE_TO_REFURBISHMENT")),
                Arguments.of("every problem is reported at once",
                        new Network(List.of(hub("hub", 40, 20, 15), relay("a"), relay("a"), NODE_THAT_SANITIZES),
                                List.of(van("a", "ghost", 5), van("node", "hub", 59)),
                                List.of(Inflow.steady("b", 2))), central,
                        List.of("sites[2].id DUPLICATE_SITE_ID", "sites[3].capabilities SANITIZE_NOT_ALLOWED",
                                "routes[0].to UNKNOWN_SITE", "inflow[0].site UNKNOWN_SITE",
                                "sites[1] NO_ROUTE_TO_SANITIZATION")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedViolations(String name, Network network, TopologyPolicy policy,
                                             List<String> expected) {
        List<String> found = network.violations(policy).stream().map(v -> v.path() + " " + v.rule()).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyViolationHasAMessageNamingTheSite() {
        List<Violation> v = new Network(List.of(hub("hub", 40, 20, 15), relay("cimelab")), List.of(), List.of())
                .violations();
        assertThat(v).singleElement().satisfies(x -> assertThat(x.message()).contains("cimelab"));
    }

    @Test
    void validatingAnInvalidNetworkThrowsWithEveryViolation() {
        Network n = new Network(List.of(relay("a")), List.of(van("a", "b", 1)), List.of());
        assertThatThrownBy(n::validate).isInstanceOfSatisfying(InvalidNetworkException.class,
                e -> assertThat(e.violations()).extracting(Violation::rule)
                        .containsExactlyInAnyOrder("UNKNOWN_SITE", "NO_SANITIZING_HUB"));
    }

    @Test
    void negativeValuesCannotBeBuilt() {
        assertThatThrownBy(() -> new Site("h", "H", SiteRole.HUB, Set.of(SANITIZE), null, -1, null, null))
                .isInstanceOf(FiliereException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new Route("a", "b", -3, TransportMode.VAN)).isInstanceOf(FiliereException.class);
        assertThatThrownBy(() -> Inflow.steady("a", -1)).isInstanceOf(FiliereException.class);
        assertThatThrownBy(() -> new InflowBatch(0, 10)).isInstanceOf(FiliereException.class);
    }
}
