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
import java.util.stream.Stream;
import org.filiere.FiliereException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CapacityPlannerTest {
    private static final Inflow SCHOOLS_IN_MONTH_3 = new Inflow("relay", 12, List.of(new InflowBatch(3, 300)));

    /*
     * Expected breach months worked by hand. Steady r in, c out (c < r): by the end of month m, c*m devices are
     * erased, so the oldest waiting device arrived in month floor(c*m/r)+1; breach when that is <= m - D.
     *  - 15 in, 10 out, D=6: floor(2m/3)+1 <= m-6 first at m=19 (the contract's figure).
     *  - 15 in, 14 out, D=6: m - ceil(m/15) <= m - 7 first at m=91.
     *  - 15 in, 10 out, D=3: floor(2m/3)+1 <= m-3 first at m=10.
     * Lot of 300 in month 3 over 12/month: by the end of month m >= 3, 24 + c*(m-2) are erased; the 312
     * devices of month 3 (cumulated 336) must be out by the end of month 9: c*7 >= 312, so c >= 45.
     */
    static Stream<Arguments> horizons() {
        return Stream.of(
                Arguments.of("10 in, 12 out never breaches", 12, Inflow.steady("relay", 10), 12, 6, null),
                Arguments.of("15 in, 15 out never breaches", 15, Inflow.steady("relay", 15), 120, 6, null),
                Arguments.of("15 in, 10 out breaches in month 19", 10, Inflow.steady("relay", 15), 24, 6, 19),
                Arguments.of("18 months are too short to see it", 10, Inflow.steady("relay", 15), 18, 6, null),
                Arguments.of("15 in, 14 out breaches much later", 14, Inflow.steady("relay", 15), 120, 6, 91),
                Arguments.of("a shorter deadline breaches sooner", 10, Inflow.steady("relay", 15), 24, 3, 10),
                Arguments.of("a lot of 300 with 40 out breaches in month 9", 40, SCHOOLS_IN_MONTH_3, 24, 6, 9),
                Arguments.of("a lot of 300 with 44 out still breaches", 44, SCHOOLS_IN_MONTH_3, 24, 6, 9),
                Arguments.of("a lot of 300 with 45 out does not", 45, SCHOOLS_IN_MONTH_3, 24, 6, null),
                Arguments.of("no capacity at all breaches after D months", 0, Inflow.steady("relay", 1), 12, 6, 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("horizons")
    void findsTheFirstMonthADeviceWaitsBeyondTheDeadline(String name, int capacity, Inflow inflow, int months,
                                                          int deadline, Integer breach) {
        CapacityPlan plan = CapacityPlanner.plan(Networks.oneHub(capacity, inflow).validate(), months, deadline);
        assertThat(plan.months()).hasSize(months);
        if (breach == null) {
            assertThat(plan.deadlineBreachMonth()).isEmpty();
        } else {
            assertThat(plan.deadlineBreachMonth()).hasValue(breach);
        }
    }

    @Test
    void eachMonthErasesUpToTheCapacityOldestFirst() {
        // Month 2 erases the 5 left from month 1 and 5 of month 2, so month 2 is then the oldest waiting.
        CapacityPlan plan = CapacityPlanner.plan(Networks.oneHub(10, Inflow.steady("relay", 15)).validate(), 3, 6);
        assertThat(plan.months()).extracting(MonthPlan::month, MonthPlan::arrivals, MonthPlan::sanitized,
                MonthPlan::backlog, MonthPlan::oldestWaitingSince).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 15, 10, 5, 1),
                org.assertj.core.groups.Tuple.tuple(2, 15, 10, 10, 2),
                org.assertj.core.groups.Tuple.tuple(3, 15, 10, 15, 3));
        assertThat(plan.sanitizePerMonth()).isEqualTo(10);
    }

    @Test
    void theHubHoldsWaitingDevicesAndOverflowsItsPlaces() {
        // Hub of 40 places erasing 10 a month against 15 arrivals: start of month m holds 15 + 5(m-1).
        CapacityPlan plan = CapacityPlanner.plan(Networks.oneHub(10, Inflow.steady("relay", 15)).validate(), 8, 6);
        assertThat(plan.months()).extracting(m -> m.sites().get(0).occupancy())
                .containsExactly(15, 20, 25, 30, 35, 40, 45, 50);
        assertThat(plan.months().get(7).sites().get(0).overflow()).isEqualTo(10);
        assertThat(plan.firstOverflowMonth()).hasValue(7);
        assertThat(plan.peakOccupancy("hub")).isEqualTo(50);
        assertThat(plan.peakBacklog()).isEqualTo(40);
    }

    @Test
    void refurbishmentFillsTheHubFirstThenTheNearestNode() {
        Network n = new Network(List.of(
                hub("hub", 100, 30, 10),
                new Site("far", "Far node", SiteRole.NODE, EnumSet.of(COLLECT, STORE, REFURBISH, DISTRIBUTE), 5,
                        null, 8, null),
                new Site("near", "Near node", SiteRole.NODE, EnumSet.of(COLLECT, STORE, REFURBISH, DISTRIBUTE), 15,
                        null, 8, null),
                relay("relay")),
                List.of(van("relay", "hub", 10), van("hub", "near", 20), van("hub", "far", 60)),
                List.of(Inflow.steady("relay", 30)));
        CapacityPlan plan = CapacityPlanner.plan(n.validate(), 2, 6);
        MonthPlan first = plan.months().get(0);
        assertThat(first.refurbished()).isEqualTo(26);
        assertThat(first.refurbishBacklog()).isEqualTo(4);
        assertThat(first.sites()).extracting(SiteLoad::siteId, SiteLoad::refurbished, SiteLoad::occupancy,
                SiteLoad::overflow).containsExactly(
                org.assertj.core.groups.Tuple.tuple("hub", 10, 30, 0),
                org.assertj.core.groups.Tuple.tuple("far", 8, 8, 3),
                org.assertj.core.groups.Tuple.tuple("near", 8, 8, 0));
        // The 4 left wait at the hub with the next 30 arrivals.
        assertThat(plan.months().get(1).sites().get(0).occupancy()).isEqualTo(34);
    }

    @Test
    void sizingASteadyFlowAsksForTheAverageInflow() {
        // 37 a month for 24 months: the deadline alone needs 37*18/24 = 27.75 -> 28, the average 37.
        Sizing s = CapacityPlanner.size(Networks.oneHub(20, Inflow.steady("relay", 37)).validate(), 24, 6);
        assertThat(s.minimumForDeadline()).isEqualTo(28);
        assertThat(s.averageArrivals()).isEqualTo(37);
        assertThat(s.sanitizePerMonth()).isEqualTo(37);
        assertThat(s.refurbishPerMonth()).isEqualTo(37);
        assertThat(s.storagePlaces()).containsEntry("hub", 37);
        assertThat(s.plan().deadlineBreachMonth()).isEmpty();
    }

    @Test
    void sizingALotAsksForTheDeadlineCapacityAndTheSpaceToHoldIt() {
        Sizing s = CapacityPlanner.size(Networks.oneHub(20, SCHOOLS_IN_MONTH_3).validate(), 24, 6);
        assertThat(s.minimumForDeadline()).isEqualTo(45);
        assertThat(s.averageArrivals()).isEqualTo(25);
        assertThat(s.sanitizePerMonth()).isEqualTo(45);
        // The whole lot and the month's steady flow are at the hub at the start of month 3.
        assertThat(s.storagePlaces()).containsEntry("hub", 312);
    }

    @Test
    void aRefurbishingSiteThatNoHubReachesTakesNoWork() {
        Network n = new Network(List.of(hub("hub", 40, 10, 5), relay("relay"),
                new Site("island", "Island", SiteRole.NODE, EnumSet.of(STORE, REFURBISH), 10, null, 50, null)),
                List.of(van("relay", "hub", 10)), List.of(Inflow.steady("relay", 10)));
        CapacityPlan plan = CapacityPlanner.plan(n.validate(), 3, 6);
        assertThat(plan.refurbishPerMonth()).isEqualTo(5);
        assertThat(plan.months()).extracting(MonthPlan::refurbished).containsExactly(5, 5, 5);
    }

    @Test
    void aHorizonOfNoMonthIsRefused() {
        ValidatedNetwork n = Networks.contractExample(10).validate();
        assertThatThrownBy(() -> CapacityPlanner.plan(n, 0, 6)).isInstanceOf(FiliereException.class);
        assertThatThrownBy(() -> CapacityPlanner.plan(n, 12, -1)).isInstanceOf(FiliereException.class);
    }
}
