package org.filiere.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.filiere.FiliereException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SupportPlanTest {
    private static final LocalDate DELIVERED = LocalDate.parse("2026-06-01");

    private static Delivery delivery(String requestId, LocalDate on) {
        return new Delivery(requestId, "D-" + requestId, PrescriberKind.FRANCE_SERVICES, new BeneficiaryRef("B-1"),
                Set.of(), on, "med-1");
    }

    private static SupportPlan planWithSessions(int expected, String... sessionDates) {
        SupportPlan p = SupportPlan.forDelivery(delivery("R-1", DELIVERED), expected);
        for (String d : sessionDates) {
            p = p.record(new SupportSession("R-1", LocalDate.parse(d), "med-1"));
        }
        return p;
    }

    static Stream<Arguments> followUp() {
        return Stream.of(
                // expected, sessions held, day looked at, due, behind, next due
                Arguments.of(5, new String[] {}, "2026-06-01", 0, 0, "2026-06-15"),
                Arguments.of(5, new String[] {}, "2026-06-14", 0, 0, "2026-06-15"),
                Arguments.of(5, new String[] {}, "2026-06-15", 1, 1, "2026-06-15"),
                Arguments.of(5, new String[] {"2026-06-10"}, "2026-06-20", 1, 0, "2026-06-29"),
                Arguments.of(5, new String[] {"2026-06-10"}, "2026-07-14", 3, 2, "2026-06-29"),
                Arguments.of(5, new String[] {"2026-06-10", "2026-06-11", "2026-06-12"}, "2026-06-20", 1, 0,
                        "2026-07-27"),
                Arguments.of(5, new String[] {"2026-06-10", "2026-07-30"}, "2026-07-14", 3, 2, "2026-06-29"),
                Arguments.of(2, new String[] {}, "2027-01-01", 2, 2, "2026-06-15"),
                Arguments.of(2, new String[] {"2026-06-02", "2026-06-03"}, "2027-01-01", 2, 0, null),
                Arguments.of(10, new String[] {}, "2027-01-01", 10, 10, "2026-06-15"));
    }

    @ParameterizedTest(name = "{0} expected, held {1}, on {2}: due {3}, behind {4}")
    @MethodSource("followUp")
    void expectedPaceIsOneSessionEveryTwoWeeks(int expected, String[] held, String day, int due, int behind,
                                               String nextDue) {
        SupportStatus s = planWithSessions(expected, held).statusOn(LocalDate.parse(day));
        assertThat(s.due()).isEqualTo(due);
        assertThat(s.behindBy()).isEqualTo(behind);
        assertThat(s.isBehind()).isEqualTo(behind > 0);
        assertThat(s.nextDueOn()).isEqualTo(nextDue == null ? null : LocalDate.parse(nextDue));
    }

    @Test
    void theDefaultPlanIsFiveSessionsOverTenWeeks() {
        SupportPlan p = SupportPlan.forDelivery(delivery("R-1", DELIVERED));
        assertThat(p.expectedSessions()).isEqualTo(5);
        assertThat(p.dueDate(5)).isEqualTo(DELIVERED.plusWeeks(10));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 11, 50})
    void sessionsOutsideTwoToTenAreRefused(int expected) {
        assertThatThrownBy(() -> SupportPlan.forDelivery(delivery("R-1", DELIVERED), expected))
                .isInstanceOf(FiliereException.class).hasMessageContaining("between 2 and 10");
    }

    @Test
    void aSessionBeforeTheDeliveryOrForAnotherDeliveryIsRefused() {
        SupportPlan p = SupportPlan.forDelivery(delivery("R-1", DELIVERED));
        assertThatThrownBy(() -> p.record(new SupportSession("R-1", DELIVERED.minusDays(1), "med-1")))
                .isInstanceOf(FiliereException.class).hasMessageContaining("precede");
        assertThatThrownBy(() -> p.record(new SupportSession("R-2", DELIVERED, "med-1")))
                .isInstanceOf(FiliereException.class).hasMessageContaining("another delivery");
    }

    @Test
    void overdueListsOnlyLatePlansMostLateFirst() {
        SupportPlan onTrack = SupportPlan.forDelivery(delivery("R-1", LocalDate.parse("2026-06-01")))
                .record(new SupportSession("R-1", LocalDate.parse("2026-06-10"), "med-1"));
        SupportPlan oneLate = SupportPlan.forDelivery(delivery("R-2", LocalDate.parse("2026-06-01")));
        SupportPlan twoLate = SupportPlan.forDelivery(delivery("R-3", LocalDate.parse("2026-05-15")));
        SupportPlan recent = SupportPlan.forDelivery(delivery("R-4", LocalDate.parse("2026-06-15")));
        Clock clock = Clock.fixed(LocalDate.parse("2026-06-20").atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        List<SupportStatus> late = SupportFollowUp.overdue(List.of(onTrack, oneLate, twoLate, recent), clock);
        assertThat(late).extracting(s -> s.plan().requestId()).containsExactly("R-3", "R-2");
        assertThat(late).extracting(SupportStatus::behindBy).containsExactly(2, 1);
        assertThat(late.get(1).daysOverdue()).isEqualTo(5);
    }
}
