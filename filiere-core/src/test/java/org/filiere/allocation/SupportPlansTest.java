package org.filiere.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.filiere.FiliereException;
import org.junit.jupiter.api.Test;

class SupportPlansTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void replayBuildsPlansAppliesCustomSizesSessionsAndClosesReturnedDeliveries() {
        List<SupportPlan> plans = SupportPlans.replay(List.of(
                new SupportFact.Delivered("R-1", "D-1", PrescriberKind.FRANCE_SERVICES, d("2026-05-01")),
                new SupportFact.Delivered("R-2", "D-2", PrescriberKind.SOCIAL_SERVICES, d("2026-05-02")),
                new SupportFact.Planned("R-2", 8, 7),
                new SupportFact.SessionHeld("R-1", d("2026-05-10"), "med-1"),
                new SupportFact.Delivered("R-3", "D-3", PrescriberKind.ASSOCIATION, d("2026-05-03")),
                new SupportFact.Returned("R-3", d("2026-05-20"))));
        assertThat(plans).extracting(SupportPlan::requestId).containsExactly("R-1", "R-2");
        assertThat(plans.get(0).sessions()).hasSize(1);
        assertThat(plans.get(1).expectedSessions()).isEqualTo(8);
        assertThat(plans.get(1).intervalDays()).isEqualTo(7);
        // on 2026-06-01: R-1 due 2 (31 days / 14), held 1; R-2 due 4 (30 / 7), held 0
        assertThat(SupportFollowUp.overdueOn(plans, d("2026-06-01")))
                .extracting(s -> s.plan().requestId() + ":" + s.behindBy()).containsExactly("R-2:4", "R-1:1");
    }

    @Test
    void aFactAboutAnUnknownDeliveryNamesItsIndex() {
        assertThatThrownBy(() -> SupportPlans.replay(List.of(
                new SupportFact.Delivered("R-1", "D-1", PrescriberKind.OTHER, d("2026-05-01")),
                new SupportFact.SessionHeld("R-9", d("2026-05-10"), "med-1"))))
                .isInstanceOf(FiliereException.class).hasMessageContaining("fact=1").hasMessageContaining("R-9");
    }

    @Test
    void aPlanOutsideTwoToTenSessionsIsRefusedOnReplay() {
        assertThatThrownBy(() -> SupportPlans.replay(List.of(
                new SupportFact.Delivered("R-1", "D-1", PrescriberKind.OTHER, d("2026-05-01")),
                new SupportFact.Planned("R-1", 11, 14))))
                .isInstanceOf(FiliereException.class).hasMessageContaining("between 2 and 10");
    }
}
