package org.filiere.examples.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.filiere.reporting.document.NetworkDocument;
import org.filiere.topology.Capability;
import org.filiere.topology.CapacityPlan;
import org.filiere.topology.CapacityPlanner;
import org.filiere.topology.Inflow;
import org.filiere.topology.InflowBatch;
import org.filiere.topology.Leg;
import org.filiere.topology.Network;
import org.filiere.topology.RoutePlan;
import org.filiere.topology.SiteRole;
import org.filiere.topology.Sizing;
import org.filiere.topology.TransportMode;
import org.filiere.topology.ValidatedNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped northern-zone network, and the workshop report's question answered on it. */
class ZoneNordTest {
    private static final NetworkDocument DOC = ExampleNetworks.zoneNord();
    private static final Network NETWORK = DOC.toNetwork();

    @Test
    void theShippedNetworkIsValid() {
        assertThat(DOC.violations()).isEmpty();
    }

    @Test
    void itHasTheWorkshopReportsSitesAndRoles() {
        assertThat(NETWORK.site("miraille")).hasValueSatisfying(s -> {
            assertThat(s.role()).isEqualTo(SiteRole.HUB);
            assertThat(s.can(Capability.SANITIZE)).isTrue();
            assertThat(s.operator()).isEqualTo("Environnement & Solidarité");
        });
        assertThat(NETWORK.site("ateliers-chorges")).hasValueSatisfying(s -> {
            assertThat(s.role()).isEqualTo(SiteRole.NODE);
            assertThat(s.storagePlaces()).isEqualTo(15);
        });
        assertThat(NETWORK.site("cimelab")).hasValueSatisfying(s -> {
            assertThat(s.role()).isEqualTo(SiteRole.RELAY_POINT);
            assertThat(s.capabilities()).contains(Capability.REPAIR_CAFE, Capability.TRAIN);
        });
        assertThat(NETWORK.site("ccpe-france-services")).map(s -> s.role()).hasValue(SiteRole.RELAY_POINT);
        // Erasure is centralised: only the hub sanitizes.
        assertThat(NETWORK.validate().sanitizingSites()).extracting(s -> s.id()).containsExactly("miraille");
    }

    @Test
    void itsInflowIsTheSteadyFlowPlusTheDepartementsYearlyStock() {
        int steady = NETWORK.inflow().stream().filter(f -> !f.siteId().equals("departement-gap"))
                .mapToInt(Inflow::devicesPerMonth).sum();
        assertThat(steady).isBetween(10, 15);
        assertThat(NETWORK.inflow()).filteredOn(f -> f.siteId().equals("departement-gap"))
                .singleElement().satisfies(f -> assertThat(f.devicesPerMonth() * 12).isEqualTo(300));
    }

    @Test
    void devicesFromGapTravelThroughChorgesToTheHubAndBack() {
        RoutePlan p = NETWORK.validate().plan("departement-gap");
        assertThat(p.legs()).extracting(Leg::fromSiteId, Leg::toSiteId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("departement-gap", "ateliers-chorges"),
                org.assertj.core.groups.Tuple.tuple("ateliers-chorges", "miraille"),
                org.assertj.core.groups.Tuple.tuple("miraille", "ateliers-chorges"));
        assertThat(p.totalKm()).isEqualTo(18 + 59 + 59);
        assertThat(p.kmByMode()).containsOnlyKeys(TransportMode.VAN);
        assertThat(NETWORK.validate().plan("cimelab").totalKm()).isEqualTo(11);
    }

    @Test
    void theHubAsDrawnFallsBehindAndBreachesTheDeadlineInMonth14() {
        // 37 in, 20 erased: the oldest waiting device arrived in month floor(20m/37)+1 <= m-6 first at m=14.
        CapacityPlan plan = CapacityPlanner.plan(NETWORK.validate(), 24, 6);
        assertThat(plan.deadlineBreachMonth()).hasValue(14);
        // Month 2 starts with 17 left + 37 new at a hub of 40 places.
        assertThat(plan.firstOverflowMonth()).hasValue(2);
        assertThat(plan.months().get(1).sites()).filteredOn(s -> s.siteId().equals("miraille"))
                .singleElement().satisfies(s -> assertThat(s.overflow()).isEqualTo(14));
    }

    /**
     * The workshop report's question: what hub capacity and space for the Département's 300 machines a year
     * plus the steady flow (12/month here)? It depends on how the Département hands its stock over. Values
     * checked by hand: the sanitizing capacity is the average inflow, 37, unless a lot of 300 forces
     * (300 + 12) / 7 months = 45; the hub must hold one lot plus one month of steady flow (or 37 when the
     * stock comes monthly).
     */
    static Stream<Arguments> handovers() {
        return Stream.of(
                Arguments.of("25 a month", List.of(), 25, 37, 37),
                Arguments.of("one lot of 300 a year", lots(300, 3, 15), 0, 45, 312),
                Arguments.of("two lots of 150 a year", lots(150, 3, 9, 15, 21), 0, 37, 162),
                Arguments.of("four lots of 75 a year", lots(75, 3, 6, 9, 12, 15, 18, 21, 24), 0, 37, 87));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handovers")
    void sizesTheHubForTheDepartementsStock(String name, List<InflowBatch> lots, int perMonth, int sanitize,
                                            int hubPlaces) {
        List<Inflow> inflow = new ArrayList<>();
        NETWORK.inflow().stream().filter(f -> !f.siteId().equals("departement-gap")).forEach(inflow::add);
        inflow.add(new Inflow("departement-gap", perMonth, lots));
        ValidatedNetwork n = new Network(NETWORK.sites(), NETWORK.routes(), inflow).validate();
        Sizing s = CapacityPlanner.size(n, 24, CapacityPlanner.DEFAULT_DEADLINE_MONTHS);
        assertThat(s.sanitizePerMonth()).isEqualTo(sanitize);
        assertThat(s.refurbishPerMonth()).isEqualTo(sanitize);
        assertThat(s.storagePlaces()).containsEntry("miraille", hubPlaces);
        assertThat(s.plan().deadlineBreachMonth()).isEmpty();
        // And one device less per month than asked would not do, when the deadline is what decides.
        if (s.minimumForDeadline() == sanitize) {
            Network tighter = n.network().withSite(n.site("miraille").withSanitizePerMonth(sanitize - 1));
            assertThat(CapacityPlanner.plan(tighter.validate(), 24, 6).deadlineBreachMonth()).isPresent();
        }
    }

    private static List<InflowBatch> lots(int devices, int... months) {
        return java.util.Arrays.stream(months).mapToObj(m -> new InflowBatch(m, devices)).toList();
    }
}
