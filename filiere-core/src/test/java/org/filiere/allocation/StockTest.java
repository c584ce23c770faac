package org.filiere.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.allocation.Fixtures.TODAY;
import static org.filiere.allocation.Fixtures.TRAINED;
import static org.filiere.allocation.Fixtures.ready;
import static org.filiere.allocation.Fixtures.request;
import static org.filiere.device.DeviceCategory.DESKTOP;
import static org.filiere.device.DeviceCategory.LAPTOP;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.filiere.FiliereException;
import org.filiere.device.Appearance;
import org.filiere.device.Functionality;
import org.filiere.device.Grade;
import org.filiere.allocation.Fixtures.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StockTest {
    private static final String NOW = "2026-06-10T09:00:00Z";
    private static final DeviceRequest R1 = request("R-1", LAPTOP, 4, 0, "2026-05-01", PriorityPublic.ISOLATED_SENIOR);

    private final MutableClock clock = MutableClock.at(NOW);

    private Stock availableLaptop() {
        return Stock.empty(clock).receive("D-1", LAPTOP, 8, 256).makeAvailable("D-1", ready(TODAY));
    }

    // --- preparation ---------------------------------------------------------------------------------

    static Stream<Arguments> preparations() {
        return Stream.of(
                Arguments.of(new Preparation(true, "Linux Mint 22.1 Cinnamon", new Grade(Appearance.A, Functionality.A), TODAY), ""),
                Arguments.of(new Preparation(true, "linux mint 21.3 xfce", new Grade(Appearance.C, Functionality.B), TODAY), ""),
                Arguments.of(new Preparation(false, "Linux Mint 22.1", new Grade(Appearance.A, Functionality.A), TODAY), "not sanitized"),
                Arguments.of(new Preparation(true, "Windows 11 Pro", new Grade(Appearance.A, Functionality.A), TODAY), "not Linux Mint"),
                Arguments.of(new Preparation(true, "Linux Mint 22.1", new Grade(Appearance.C, Functionality.D), TODAY), "unfit"),
                Arguments.of(new Preparation(false, "Ubuntu 24.04", new Grade(Appearance.C, Functionality.D), TODAY),
                        "not sanitized; operating system is not Linux Mint: Ubuntu 24.04; graded unfit (functionality D)"));
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @MethodSource("preparations")
    void onlySanitizedMintAndFitDevicesBecomeAvailable(Preparation prep, String expectedProblem) {
        Stock received = Stock.empty(clock).receive("D-1", LAPTOP, 8, 256);
        if (expectedProblem.isEmpty()) {
            StockItem item = received.makeAvailable("D-1", prep).item("D-1");
            assertThat(item.state()).isEqualTo(StockState.AVAILABLE);
            assertThat(item.availableSince()).isEqualTo(TODAY);
        } else {
            assertThatThrownBy(() -> received.makeAvailable("D-1", prep))
                    .isInstanceOf(FiliereException.class).hasMessageContaining(expectedProblem);
            assertThat(received.item("D-1").state()).isEqualTo(StockState.IN_PREPARATION);
        }
    }

    // --- reservations --------------------------------------------------------------------------------

    static Stream<Arguments> reservationClock() {
        return Stream.of(
                Arguments.of("just after reserving", "2026-06-10T09:00:00Z", StockState.RESERVED),
                Arguments.of("one second before expiry", "2026-06-17T08:59:59Z", StockState.RESERVED),
                Arguments.of("exactly at expiry", "2026-06-17T09:00:00Z", StockState.AVAILABLE),
                Arguments.of("a month later", "2026-07-10T09:00:00Z", StockState.AVAILABLE));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("reservationClock")
    void aSevenDayReservationLapsesOnTheClock(String name, String later, StockState expected) {
        Stock reserved = availableLaptop().reserve("D-1", "R-1", Duration.ofDays(7));
        clock.set(later);
        assertThat(reserved.item("D-1").state()).isEqualTo(expected);
        assertThat(reserved.snapshot().get(0).state()).isEqualTo(expected);
    }

    @Test
    void aLapsedReservationFreesTheDeviceForAnotherRequest() {
        Stock reserved = availableLaptop().reserve("D-1", "R-1", Duration.ofDays(2));
        assertThatThrownBy(() -> reserved.reserve("D-1", "R-2", Duration.ofDays(2)))
                .isInstanceOf(FiliereException.class).hasMessageContaining("RESERVED");
        clock.set("2026-06-13T00:00:00Z");
        Stock again = reserved.reserve("D-1", "R-2", Duration.ofDays(2));
        assertThat(again.item("D-1").reservation().requestId()).isEqualTo("R-2");
    }

    @Test
    void reservedDevicesAreNotProposedAndCancellingMakesThemAvailable() {
        Stock reserved = availableLaptop().reserve("D-1", "R-1", Duration.ofDays(7));
        assertThat(Matcher.propose(reserved.snapshot(), List.of(R1)).allocations()).isEmpty();
        Stock cancelled = reserved.cancelReservation("D-1");
        assertThat(Matcher.propose(cancelled.snapshot(), List.of(R1)).allocations())
                .containsExactly(new Allocation("R-1", "D-1"));
    }

    @Test
    void reserveAllHoldsEveryProposal() {
        Stock stock = availableLaptop().receive("D-2", DESKTOP, 4, 500).makeAvailable("D-2", ready(TODAY));
        DeviceRequest r2 = request("R-2", DESKTOP, 4, 0, "2026-05-02");
        Stock held = stock.reserveAll(Matcher.propose(stock.snapshot(), List.of(R1, r2)), Duration.ofDays(7));
        assertThat(held.items()).extracting(StockItem::state).containsOnly(StockState.RESERVED);
        assertThat(held.item("D-2").reservation().requestId()).isEqualTo("R-2");
    }

    // --- delivery ------------------------------------------------------------------------------------

    static Stream<Arguments> deliveries() {
        UnaryOperator<Stock> reserveForR1 = s -> s.reserve("D-1", "R-1", Duration.ofDays(7));
        return Stream.of(
                Arguments.of("reserved for the request, trained mediator", reserveForR1, TRAINED, null, null),
                Arguments.of("mediator trained the same day", reserveForR1,
                        new Mediator("med-2", TODAY), null, null),
                Arguments.of("mediator never trained", reserveForR1,
                        Mediator.untrained("med-3"), null, DeliveryOutcome.Reason.MEDIATOR_NOT_TRAINED),
                Arguments.of("mediator trained the day after", reserveForR1,
                        new Mediator("med-4", TODAY.plusDays(1)), null, DeliveryOutcome.Reason.MEDIATOR_NOT_TRAINED),
                Arguments.of("not reserved at all", UnaryOperator.<Stock>identity(), TRAINED, null,
                        DeliveryOutcome.Reason.NOT_RESERVED_FOR_REQUEST),
                Arguments.of("reserved for another request",
                        (UnaryOperator<Stock>) s -> s.reserve("D-1", "R-9", Duration.ofDays(7)), TRAINED, null,
                        DeliveryOutcome.Reason.NOT_RESERVED_FOR_REQUEST),
                Arguments.of("reservation lapsed before the handover", reserveForR1, TRAINED,
                        "2026-06-18T09:00:00Z", DeliveryOutcome.Reason.RESERVATION_EXPIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deliveries")
    void deliveryNeedsAReservationForTheRequestAndATrainedMediator(String name, UnaryOperator<Stock> setup,
            Mediator mediator, String handoverAt, DeliveryOutcome.Reason refusal) {
        Stock before = setup.apply(availableLaptop());
        if (handoverAt != null) {
            clock.set(handoverAt);
        }
        LocalDate signed = LocalDate.ofInstant(clock.instant(), clock.getZone());
        DeliveryOutcome<Stock> out = before.deliver("D-1", R1, signed, mediator);
        if (refusal == null) {
            assertThat(out).isInstanceOf(DeliveryOutcome.Delivered.class);
            DeliveryOutcome.Delivered<Stock> d = (DeliveryOutcome.Delivered<Stock>) out;
            assertThat(d.delivery()).isEqualTo(new Delivery("R-1", "D-1", PrescriberKind.SOCIAL_SERVICES,
                    R1.beneficiary(), R1.priorityPublics(), signed, mediator.id()));
            assertThat(d.after().item("D-1").state()).isEqualTo(StockState.DELIVERED);
            assertThat(d.after().item("D-1").currentDelivery()).contains(d.delivery());
        } else {
            assertThat(out).isInstanceOf(DeliveryOutcome.Refused.class);
            assertThat(((DeliveryOutcome.Refused<Stock>) out).reason()).isEqualTo(refusal);
            assertThat(((DeliveryOutcome.Refused<Stock>) out).message()).contains("D-1");
        }
    }

    @Test
    void aRefusedDeliveryNamesTheMediatorAndTrainingDate() {
        Stock reserved = availableLaptop().reserve("D-1", "R-1", Duration.ofDays(7));
        DeliveryOutcome<Stock> out = reserved.deliver("D-1", R1, TODAY, new Mediator("med-4", TODAY.plusDays(3)));
        assertThat(((DeliveryOutcome.Refused<Stock>) out).message()).contains("med-4").contains("2026-06-13");
    }

    @Test
    void deliveryOfADeviceBelowTheNeedIsRefused() {
        DeviceRequest big = request("R-5", LAPTOP, 16, 0, "2026-05-01");
        Stock reserved = availableLaptop().reserve("D-1", "R-5", Duration.ofDays(7));
        DeliveryOutcome<Stock> out = reserved.deliver("D-1", big, TODAY, TRAINED);
        assertThat(((DeliveryOutcome.Refused<Stock>) out).reason()).isEqualTo(DeliveryOutcome.Reason.NEED_NOT_MET);
    }

    @Test
    void acceptanceDateInTheFutureOrBeforeTheRequestIsMisuse() {
        Stock reserved = availableLaptop().reserve("D-1", "R-1", Duration.ofDays(7));
        assertThatThrownBy(() -> reserved.deliver("D-1", R1, TODAY.plusDays(1), TRAINED))
                .isInstanceOf(FiliereException.class).hasMessageContaining("acceptance");
        assertThatThrownBy(() -> reserved.deliver("D-1", R1, LocalDate.parse("2026-04-30"), TRAINED))
                .isInstanceOf(FiliereException.class).hasMessageContaining("acceptance");
    }

    // --- returns and recycling -----------------------------------------------------------------------

    private Stock delivered() {
        Stock reserved = availableLaptop().reserve("D-1", "R-1", Duration.ofDays(7));
        return ((DeliveryOutcome.Delivered<Stock>) reserved.deliver("D-1", R1, TODAY, TRAINED)).after();
    }

    @Test
    void aReturnedDeviceMustBePreparedAgainAfterItsReturnBeforeItIsAvailable() {
        Stock returned = delivered().returned("D-1", TODAY.plusDays(20), "too complex for the beneficiary");
        StockItem item = returned.item("D-1");
        assertThat(item.state()).isEqualTo(StockState.AWAITING_GRADING);
        assertThat(item.returns()).containsExactly(new Return("R-1", TODAY.plusDays(20),
                "too complex for the beneficiary"));
        assertThat(Matcher.propose(returned.snapshot(), List.of(R1)).allocations()).isEmpty();

        assertThatThrownBy(() -> returned.makeAvailable("D-1", ready(TODAY.plusDays(19))))
                .isInstanceOf(FiliereException.class).hasMessageContaining("after its return");
        Stock again = returned.makeAvailable("D-1", ready(TODAY.plusDays(25)));
        assertThat(again.item("D-1").state()).isEqualTo(StockState.AVAILABLE);
        assertThat(again.item("D-1").availableSince()).isEqualTo(TODAY.plusDays(25));
        assertThat(again.item("D-1").preparations()).hasSize(2);
        assertThat(again.item("D-1").deliveries()).hasSize(1);
    }

    @Test
    void aReturnCannotPrecedeTheDelivery() {
        assertThatThrownBy(() -> delivered().returned("D-1", TODAY.minusDays(1), "x"))
                .isInstanceOf(FiliereException.class).hasMessageContaining("before it was delivered");
    }

    static Stream<Arguments> illegalTransitions() {
        return Stream.of(
                Arguments.of("reserve a device in preparation", "IN_PREPARATION",
                        (UnaryOperator<Stock>) s -> s.reserve("D-1", "R-1", Duration.ofDays(1))),
                Arguments.of("return a device never delivered", "AVAILABLE",
                        (UnaryOperator<Stock>) s -> s.makeAvailable("D-1", ready(TODAY)).returned("D-1", TODAY, "x")),
                Arguments.of("make available twice", "AVAILABLE",
                        (UnaryOperator<Stock>) s -> s.makeAvailable("D-1", ready(TODAY)).makeAvailable("D-1", ready(TODAY))),
                Arguments.of("recycle a reserved device", "RESERVED",
                        (UnaryOperator<Stock>) s -> s.makeAvailable("D-1", ready(TODAY))
                                .reserve("D-1", "R-1", Duration.ofDays(1))
                                .recycle("D-1", new Recycling(TODAY, "ecosystem", 2.1, null))),
                Arguments.of("cancel a reservation that does not exist", "AVAILABLE",
                        (UnaryOperator<Stock>) s -> s.makeAvailable("D-1", ready(TODAY)).cancelReservation("D-1")),
                Arguments.of("receive the same device twice", "already in stock",
                        (UnaryOperator<Stock>) s -> s.receive("D-1", LAPTOP, 8, 256)),
                Arguments.of("touch an unknown device", "unknown device",
                        (UnaryOperator<Stock>) s -> s.cancelReservation("D-404")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("illegalTransitions")
    void illegalTransitionsThrowNamingTheState(String name, String expected, UnaryOperator<Stock> op) {
        Stock received = Stock.empty(clock).receive("D-1", LAPTOP, 8, 256);
        assertThatThrownBy(() -> op.apply(received)).isInstanceOf(FiliereException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void recyclingIsRecordedFromPreparationOrAfterAReturn() {
        Recycling r = new Recycling(TODAY.plusDays(30), "Ecosystem (collecte DEEE pro)", 2.3, "BSD-2026-118");
        Stock recycled = delivered().returned("D-1", TODAY.plusDays(10), "broken screen").recycle("D-1", r);
        assertThat(recycled.item("D-1").state()).isEqualTo(StockState.RECYCLED);
        assertThat(recycled.item("D-1").recycling()).isEqualTo(r);
    }

    @Test
    void operationsDoNotChangeThePreviousStock() {
        Stock available = availableLaptop();
        available.reserve("D-1", "R-1", Duration.ofDays(7));
        assertThat(available.item("D-1").state()).isEqualTo(StockState.AVAILABLE);
    }
}
