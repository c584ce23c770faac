package org.filiere.allocation;

import org.filiere.device.Functionality;
import org.filiere.device.Appearance;
import org.filiere.device.Grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.filiere.FiliereException;
import org.filiere.allocation.Fixtures.MutableClock;
import org.filiere.cession.CessionAgreement;
import org.filiere.cession.Donor;
import org.filiere.cession.DonorKind;
import org.filiere.cession.PublicBodyDecision;
import org.filiere.cession.Recipient;
import org.filiere.cession.RecipientCategory;
import org.filiere.custody.CustodyEvent;
import org.filiere.custody.DeviceHistory;
import org.filiere.device.Device;
import org.filiere.device.DeviceCategory;
import org.filiere.device.DeviceSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CustodyStockTest {
    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
    private final MutableClock clock = MutableClock.at("2026-06-10T09:00:00Z");

    private static Device laptop(String inv, int ram, int storage) {
        return Device.builder(DeviceCategory.LAPTOP).manufacturer("Dell").model("Latitude 5420")
                .serialNumber(inv).specs(new DeviceSpecs("i5", ram, storage)).build();
    }

    /** A device without media, received, refurbished with Mint and made available on 2026-06-01. */
    private static DeviceHistory available(Device d) {
        return DeviceHistory.of(d)
                .append(new CustodyEvent.Received(T0, "alice", "miraille", "CONV-2026-014", Map.of()))
                .append(new CustodyEvent.Refurbished(T0.plusSeconds(60), "bob", "Linux Mint", "22.1"))
                .append(new CustodyEvent.Graded(T0.plusSeconds(120), "bob", new Grade(Appearance.B, Functionality.A)))
                .append(new CustodyEvent.MadeAvailable(T0.plusSeconds(120), "bob"));
    }

    private static DeviceHistory reserved(Device d, String requestId, Instant until) {
        return available(d).append(new CustodyEvent.Reserved(Instant.parse("2026-06-09T09:00:00Z"), "fs",
                requestId, until));
    }

    @Test
    void theMatcherSeesCustodyStatesAndAvailabilityDates() {
        DeviceHistory inPrep = DeviceHistory.of(laptop("INV-1", 8, 256))
                .append(new CustodyEvent.Received(T0, "alice", "miraille", "CONV-2026-014", Map.of()));
        DeviceHistory avail = available(laptop("INV-2", 8, 256));
        DeviceHistory heldLapsed = reserved(laptop("INV-3", 8, 256), "R-9", Instant.parse("2026-06-10T08:00:00Z"));
        DeviceHistory held = reserved(laptop("INV-4", 8, 256), "R-9", Instant.parse("2026-06-20T08:00:00Z"));
        List<StockDevice> snapshot = CustodyStock.snapshot(List.of(inPrep, avail, heldLapsed, held), clock);
        assertThat(snapshot).extracting(StockDevice::id, StockDevice::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("INV-1", StockState.IN_PREPARATION),
                org.assertj.core.groups.Tuple.tuple("INV-2", StockState.AVAILABLE),
                org.assertj.core.groups.Tuple.tuple("INV-3", StockState.AVAILABLE),
                org.assertj.core.groups.Tuple.tuple("INV-4", StockState.RESERVED));
        assertThat(snapshot.get(1).availableSince()).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(snapshot.get(1).ramGb()).isEqualTo(8);
    }

    static Stream<Arguments> handovers() {
        return Stream.of(
                Arguments.of("reserved for the request, trained mediator", "R-1", "2026-06-20T08:00:00Z",
                        Fixtures.TRAINED, null),
                Arguments.of("untrained mediator", "R-1", "2026-06-20T08:00:00Z", Mediator.untrained("med-9"),
                        DeliveryOutcome.Reason.MEDIATOR_NOT_TRAINED),
                Arguments.of("reserved for another request", "R-2", "2026-06-20T08:00:00Z", Fixtures.TRAINED,
                        DeliveryOutcome.Reason.NOT_RESERVED_FOR_REQUEST),
                Arguments.of("mediator trained the day of the handover", "R-1", "2026-06-20T08:00:00Z",
                        new Mediator("med-1", LocalDate.parse("2026-06-10")), null),
                Arguments.of("mediator trained the day after", "R-1", "2026-06-20T08:00:00Z",
                        new Mediator("med-3", LocalDate.parse("2026-06-11")),
                        DeliveryOutcome.Reason.MEDIATOR_NOT_TRAINED),
                Arguments.of("reservation lapsed", "R-1", "2026-06-10T08:00:00Z", Fixtures.TRAINED,
                        DeliveryOutcome.Reason.RESERVATION_EXPIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handovers")
    void aHandoverIsACustodyEventUnderTheAllocationRules(String name, String reservedFor, String until,
                                                         Mediator mediator, DeliveryOutcome.Reason refusal) {
        DeviceRequest r1 = new DeviceRequest("R-1", Fixtures.FRANCE_SERVICES, new BeneficiaryRef("B-7F3A"),
                Set.of(PriorityPublic.ISOLATED_SENIOR), new Need(DeviceCategory.LAPTOP, 4, 0, Set.of()),
                LocalDate.parse("2026-05-01"));
        DeviceHistory h = reserved(laptop("INV-1", 8, 256), reservedFor, Instant.parse(until));
        DeliveryOutcome<DeviceHistory> out = CustodyStock.deliver(h, r1, LocalDate.parse("2026-06-10"), mediator,
                clock, "dave");
        if (refusal == null) {
            DeviceHistory after = ((DeliveryOutcome.Delivered<DeviceHistory>) out).after();
            CustodyEvent.Delivered e = (CustodyEvent.Delivered) after.events().get(after.events().size() - 1);
            assertThat(e.beneficiaryRef()).isEqualTo("B-7F3A");
            assertThat(e.prescriber()).isEqualTo("fs-argentiere");
            assertThat(e.mediator()).isEqualTo("med-1");
            assertThat(e.acceptanceSignedOn()).isEqualTo(LocalDate.parse("2026-06-10"));
        } else {
            assertThat(((DeliveryOutcome.Refused<DeviceHistory>) out).reason()).isEqualTo(refusal);
        }
    }

    @Test
    void proofOfReuseReadsTheHistoriesOfAPublicAgreement() {
        Device d1 = laptop("INV-1", 8, 256);
        Device d2 = laptop("INV-2", 8, 256);
        Device d3 = laptop("INV-3", 8, 256);
        Device d4 = laptop("INV-4", 8, 256);
        DeviceHistory delivered = reserved(d1, "R-1", Instant.parse("2026-06-20T08:00:00Z"))
                .append(new CustodyEvent.Delivered(Instant.parse("2026-06-10T08:00:00Z"), "dave", "B-7F3A",
                        "fs-argentiere", "med-1", LocalDate.parse("2026-06-10")));
        DeviceHistory recycled = DeviceHistory.of(d2)
                .append(new CustodyEvent.Received(T0, "alice", "miraille", "CONV-2026-014", Map.of()))
                .append(new CustodyEvent.Recycled(Instant.parse("2026-06-05T10:00:00Z"), "alice", 2.2, "Ecologic",
                        "BSD-77"));
        DeviceHistory avail = available(d3);
        CessionAgreement agreement = new CessionAgreement("CONV-2026-014",
                new Donor(DonorKind.PUBLIC_INSTITUTION, "Département des Hautes-Alpes", null),
                new Recipient("E&S La Miraille", RecipientCategory.GENERAL_INTEREST_ASSOCIATION),
                LocalDate.parse("2026-05-20"), LocalDate.parse("2026-06-01"), null,
                new PublicBodyDecision("DEC-2026-123", LocalDate.parse("2026-05-10")), List.of(d1, d2, d3, d4));

        ProofOfReuseReport r = ProofOfReuse.report(agreement, List.of(delivered, recycled, avail),
                Map.of("fs-argentiere", Fixtures.FRANCE_SERVICES), clock);
        assertThat(r.devices()).containsExactly(
                new DeviceFate.Reused("INV-1", LocalDate.parse("2026-06-10"), PrescriberKind.FRANCE_SERVICES, Set.of()),
                new DeviceFate.Recycled("INV-2", LocalDate.parse("2026-06-05"), "Ecologic", 2.2, "BSD-77"),
                new DeviceFate.InProgress("INV-3", StockState.AVAILABLE),
                new DeviceFate.Untracked("INV-4"));
        assertThat(r.asOf()).isEqualTo(LocalDate.parse("2026-06-10"));

        CessionAgreement company = new CessionAgreement("CONV-2", new Donor(DonorKind.COMPANY, "ACME", null),
                agreement.recipient(), agreement.signedOn(), agreement.collectedOn(), null, null, List.of(d1));
        assertThatThrownBy(() -> ProofOfReuse.report(company, List.of(), Map.of(), clock))
                .isInstanceOf(FiliereException.class).hasMessageContaining("public bodies");
    }

    @Test
    void reserveThenDeliverThroughTheMatcherEndToEnd() {
        DeviceHistory h = available(laptop("INV-5", 8, 256));
        DeviceRequest r = Fixtures.request("R-5", DeviceCategory.LAPTOP, 8, 0, "2026-05-01");
        MatchResult m = Matcher.propose(CustodyStock.snapshot(List.of(h), clock), List.of(r));
        assertThat(m.allocations()).containsExactly(new Allocation("R-5", "INV-5"));
        DeviceHistory held = h.append(new CustodyEvent.Reserved(clock.instant(), "ccas", "R-5",
                clock.instant().plus(Duration.ofDays(7))));
        assertThat(CustodyStock.deliver(held, r, LocalDate.parse("2026-06-10"), Fixtures.TRAINED, clock, "dave"))
                .isInstanceOf(DeliveryOutcome.Delivered.class);
    }

    @Test
    void aDeviceBelowTheNeedIsNotHandedOver() {
        DeviceRequest needs16 = Fixtures.request("R-1", DeviceCategory.LAPTOP, 16, 0, "2026-05-01");
        DeviceHistory h = reserved(laptop("INV-1", 8, 256), "R-1", Instant.parse("2026-06-20T08:00:00Z"));
        DeliveryOutcome<DeviceHistory> out = CustodyStock.deliver(h, needs16, LocalDate.parse("2026-06-10"),
                Fixtures.TRAINED, clock, "dave");
        assertThat(((DeliveryOutcome.Refused<DeviceHistory>) out).reason())
                .isEqualTo(DeliveryOutcome.Reason.NEED_NOT_MET);
    }

    @Test
    void anAcceptanceDateAfterTodayOrBeforeTheRequestIsMisuse() {
        DeviceRequest r = Fixtures.request("R-1", DeviceCategory.LAPTOP, 4, 0, "2026-05-01");
        DeviceHistory h = reserved(laptop("INV-1", 8, 256), "R-1", Instant.parse("2026-06-20T08:00:00Z"));
        assertThatThrownBy(() -> CustodyStock.deliver(h, r, LocalDate.parse("2026-06-11"), Fixtures.TRAINED, clock,
                "dave")).isInstanceOf(FiliereException.class).hasMessageContaining("acceptance date");
        assertThatThrownBy(() -> CustodyStock.deliver(h, r, LocalDate.parse("2026-04-30"), Fixtures.TRAINED, clock,
                "dave")).isInstanceOf(FiliereException.class).hasMessageContaining("acceptance date");
    }
}
