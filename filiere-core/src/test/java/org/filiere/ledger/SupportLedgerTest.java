package org.filiere.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.filiere.FiliereException;
import org.filiere.allocation.BeneficiaryRef;
import org.filiere.allocation.Delivery;
import org.filiere.allocation.PrescriberKind;
import org.filiere.allocation.SupportFact;
import org.filiere.allocation.SupportPlan;
import org.filiere.allocation.SupportStatus;
import org.filiere.custody.CustodyEvent;
import org.filiere.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Support written to a ledger: the rules on each write and the plans and follow-up rebuilt from it. */
class SupportLedgerTest {
    private static final Instant T0 = Instant.parse("2026-06-02T07:00:00Z");
    private static final LocalDate JUNE_1 = LocalDate.parse("2026-06-01");

    private static Delivery delivery(String request, String device, String mediator, LocalDate on) {
        return new Delivery(request, device, PrescriberKind.FRANCE_SERVICES, new BeneficiaryRef("B-7F3A"), Set.of(),
                on, mediator);
    }

    /** med-1 trained on May 10; R-1 delivered on June 1 with one session on June 10. */
    private static Ledger ledgerWithOneDelivery() {
        Ledger ledger = new InMemoryLedger();
        SupportLedger.recordTraining(ledger, "med-1", LocalDate.parse("2026-05-10"), T0);
        assertThat(SupportLedger.recordDelivery(ledger, delivery("R-1", "D-1", "med-1", JUNE_1), T0)).isEmpty();
        assertThat(SupportLedger.record(ledger, new SupportFact.SessionHeld("R-1", LocalDate.parse("2026-06-10"),
                "med-1"), T0)).isEmpty();
        return ledger;
    }

    static Stream<Arguments> refusedWrites() {
        return Stream.of(
                Arguments.of("delivery by an untrained mediator", delivery("R-2", "D-2", "med-9", JUNE_1),
                        "MEDIATOR_NOT_TRAINED"),
                Arguments.of("delivery before the mediator's training", delivery("R-2", "D-2", "med-1",
                        LocalDate.parse("2026-05-09")), "MEDIATOR_NOT_TRAINED"),
                Arguments.of("same request delivered twice", delivery("R-1", "D-2", "med-1", JUNE_1),
                        "ALREADY_DELIVERED"),
                Arguments.of("session of a delivery never recorded",
                        new SupportFact.SessionHeld("R-404", JUNE_1, "med-1"), "DELIVERY_NOT_OPEN"),
                Arguments.of("session before the delivery",
                        new SupportFact.SessionHeld("R-1", LocalDate.parse("2026-05-31"), "med-1"),
                        "SESSION_BEFORE_DELIVERY"),
                Arguments.of("eleven sessions", new SupportFact.Planned("R-1", 11, 14), "SESSIONS_OUT_OF_RANGE"),
                Arguments.of("one session", new SupportFact.Planned("R-1", 1, 14), "SESSIONS_OUT_OF_RANGE"),
                Arguments.of("zero-day pace", new SupportFact.Planned("R-1", 5, 0), "INTERVAL_NOT_POSITIVE"),
                Arguments.of("return before the delivery",
                        new SupportFact.Returned("R-1", LocalDate.parse("2026-05-01")), "RETURN_BEFORE_DELIVERY"),
                Arguments.of("return of a delivery never recorded", new SupportFact.Returned("R-404", JUNE_1),
                        "DELIVERY_NOT_OPEN"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("refusedWrites")
    void aWriteThatBreaksARuleIsRefusedAndNothingIsAppended(String what, Object write, String rule) {
        Ledger ledger = ledgerWithOneDelivery();
        int before = ledger.entries().size();
        List<Violation> problems = write instanceof Delivery d
                ? SupportLedger.recordDelivery(ledger, d, T0)
                : SupportLedger.record(ledger, (SupportFact) write, T0);
        assertThat(problems).extracting(Violation::rule).containsExactly(rule);
        assertThat(ledger.entries()).hasSize(before);
    }

    @Test
    void deliveriesAreRecordedThroughRecordDeliveryOnly() {
        Ledger ledger = ledgerWithOneDelivery();
        assertThatThrownBy(() -> SupportLedger.record(ledger,
                new SupportFact.Delivered("R-5", "D-5", PrescriberKind.OTHER, JUNE_1), T0))
                .isInstanceOf(FiliereException.class).hasMessageContaining("recordDelivery");
    }

    @Test
    void theFollowUpIsRebuiltFromTheLedgerOnAGivenDay() {
        Ledger ledger = ledgerWithOneDelivery();
        // 3 sessions every 7 days from June 1, none held.
        assertThat(SupportLedger.recordDelivery(ledger, delivery("R-2", "D-2", "med-1", JUNE_1), T0)).isEmpty();
        assertThat(SupportLedger.record(ledger, new SupportFact.Planned("R-2", 3, 7), T0)).isEmpty();

        List<SupportPlan> plans = SupportLedger.plans(ledger.state());
        assertThat(plans).extracting(SupportPlan::requestId).containsExactly("R-1", "R-2");
        assertThat(plans.get(1).expectedSessions()).isEqualTo(3);

        // July 1: R-1 due floor(30/14)=2, held 1 -> behind 1; R-2 due min(3, 30/7=4)=3, held 0 -> behind 3.
        List<SupportStatus> late = SupportLedger.overdueOn(ledger.state(), LocalDate.parse("2026-07-01"));
        assertThat(late).extracting(s -> s.plan().requestId() + ":" + s.behindBy()).containsExactly("R-2:3", "R-1:1");
        // June 14: R-1 due 1, held 1; R-2 due 1 (13/7), held 0.
        assertThat(SupportLedger.overdueOn(ledger.state(), LocalDate.parse("2026-06-14")))
                .extracting(s -> s.plan().requestId()).containsExactly("R-2");

        assertThat(SupportLedger.record(ledger, new SupportFact.Returned("R-2", LocalDate.parse("2026-06-20")), T0))
                .isEmpty();
        assertThat(SupportLedger.overdueOn(ledger.state(), LocalDate.parse("2026-07-01")))
                .extracting(s -> s.plan().requestId()).containsExactly("R-1");
    }

    @Test
    void custodyDeliveriesOpenAPlanForTheReservedRequestAndCustodyReturnsCloseIt() {
        Ledger ledger = new InMemoryLedger();
        ledger.append(new LedgerEntry.CustodyRecorded("D-7", new CustodyEvent.Reserved(T0, "alice", "R-7",
                T0.plusSeconds(86_400))));
        ledger.append(new LedgerEntry.CustodyRecorded("D-7", new CustodyEvent.Delivered(T0.plusSeconds(60), "alice",
                "B-7F3A", "fs-argentiere", "med-1", JUNE_1)));
        // A delivery without a reservation cannot name its request: no plan.
        ledger.append(new LedgerEntry.CustodyRecorded("D-8", new CustodyEvent.Delivered(T0.plusSeconds(60), "alice",
                "B-91", "fs-argentiere", "med-1", JUNE_1)));
        assertThat(ledger.state().supportFacts()).containsExactly(
                new SupportFact.Delivered("R-7", "D-7", PrescriberKind.OTHER, JUNE_1));
        assertThat(SupportLedger.plans(ledger.state())).extracting(SupportPlan::deviceId).containsExactly("D-7");

        ledger.append(new LedgerEntry.CustodyRecorded("D-7", new CustodyEvent.Returned(
                Instant.parse("2026-06-20T09:00:00Z"), "alice", "miraille", "screen broken")));
        assertThat(ledger.state().supportFacts()).last()
                .isEqualTo(new SupportFact.Returned("R-7", LocalDate.parse("2026-06-20")));
        assertThat(SupportLedger.plans(ledger.state())).isEmpty();
    }

    @Test
    void theEarliestTrainingCountsAndUnknownMediatorsAreUntrained() {
        Ledger ledger = new InMemoryLedger();
        SupportLedger.recordTraining(ledger, "med-1", LocalDate.parse("2026-05-10"), T0);
        SupportLedger.recordTraining(ledger, "med-1", LocalDate.parse("2026-09-01"), T0);
        LedgerState s = ledger.state();
        assertThat(s.mediator("med-1").linuxMintTrainingOn()).isEqualTo(LocalDate.parse("2026-05-10"));
        assertThat(s.mediator("med-2").trainedOn()).isEmpty();
        assertThat(s.mediators()).containsOnlyKeys("med-1");
    }
}
