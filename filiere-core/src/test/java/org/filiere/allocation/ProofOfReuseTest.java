package org.filiere.allocation;

import org.filiere.device.Functionality;
import org.filiere.device.Appearance;
import org.filiere.device.Grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filiere.FiliereException;
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
import org.junit.jupiter.api.Test;

class ProofOfReuseTest {
    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-20");
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static Device laptop(String serial) {
        return Device.builder(DeviceCategory.LAPTOP).serialNumber(serial).build();
    }

    private static DeviceHistory received(Device d) {
        return DeviceHistory.of(d).append(new CustodyEvent.Received(T0, "alice", "miraille", "CONV-2026-014",
                Map.of()));
    }

    private static DeviceHistory available(Device d) {
        return received(d).append(new CustodyEvent.Refurbished(T0.plusSeconds(60), "bob", "Linux Mint", "22.1"))
                .append(new CustodyEvent.Graded(T0.plusSeconds(120), "bob", new Grade(Appearance.B, Functionality.A)))
                .append(new CustodyEvent.MadeAvailable(T0.plusSeconds(120), "bob"));
    }

    private static DeviceHistory delivered(Device d, String on) {
        Instant at = LocalDate.parse(on).atTime(9, 0).toInstant(ZoneOffset.UTC);
        return available(d).append(new CustodyEvent.Reserved(at.minusSeconds(3600), "fs", "R-1", at.plusSeconds(86_400)))
                .append(new CustodyEvent.Delivered(at, "dave", "B-7F3A", "fs-argentiere", "med-1",
                        LocalDate.parse(on)));
    }

    private static CessionAgreement agreement(DonorKind kind, Device... devices) {
        return new CessionAgreement("CONV-2026-014", new Donor(kind, "Département des Hautes-Alpes", null),
                new Recipient("E&S La Miraille", RecipientCategory.GENERAL_INTEREST_ASSOCIATION),
                LocalDate.parse("2026-05-20"), LocalDate.parse("2026-06-01"), null,
                kind == DonorKind.PUBLIC_INSTITUTION
                        ? new PublicBodyDecision("DEC-2026-123", LocalDate.parse("2026-05-10")) : null,
                List.of(devices));
    }

    @Test
    void eachDeviceOfTheAgreementGetsItsFateAndTheTotalsCountThem() {
        Device d1 = laptop("INV-1");
        Device d2 = laptop("INV-2");
        Device d3 = laptop("INV-3");
        Device d4 = laptop("INV-4");
        Device d5 = laptop("INV-5");
        DeviceHistory recycled = received(d2).append(new CustodyEvent.Recycled(
                Instant.parse("2026-06-18T10:00:00Z"), "alice", 2.4, "Ecologic", "BSD-118"));
        ProofOfReuseReport r = ProofOfReuse.report(agreement(DonorKind.PUBLIC_INSTITUTION, d1, d2, d3, d4, d5),
                List.of(delivered(d1, "2026-06-19"), recycled, available(d3), received(d4)),
                Map.of("fs-argentiere", Fixtures.FRANCE_SERVICES), clock);
        assertThat(r.devices()).containsExactly(
                new DeviceFate.Reused("INV-1", LocalDate.parse("2026-06-19"), PrescriberKind.FRANCE_SERVICES,
                        Set.of()),
                new DeviceFate.Recycled("INV-2", LocalDate.parse("2026-06-18"), "Ecologic", 2.4, "BSD-118"),
                new DeviceFate.InProgress("INV-3", StockState.AVAILABLE),
                new DeviceFate.InProgress("INV-4", StockState.IN_PREPARATION),
                new DeviceFate.Untracked("INV-5"));
        assertThat(r.asOf()).isEqualTo(TODAY);
        assertThat(r.reused()).isEqualTo(1);
        assertThat(r.recycled()).isEqualTo(1);
        assertThat(r.pending()).isEqualTo(3);
        assertThat(r.recycledKg()).isEqualTo(2.4);
        assertThat(r.reusedShare()).isEqualTo(0.2);
    }

    @Test
    void aPrescriberUnknownToTheCallerIsReportedAsOther() {
        Device d1 = laptop("INV-1");
        ProofOfReuseReport r = ProofOfReuse.report(agreement(DonorKind.PUBLIC_INSTITUTION, d1),
                List.of(delivered(d1, "2026-06-19")), Map.of(), clock);
        assertThat(r.devices()).containsExactly(new DeviceFate.Reused("INV-1", LocalDate.parse("2026-06-19"),
                PrescriberKind.OTHER, Set.of()));
    }

    @Test
    void aReturnedDeviceIsNoLongerCountedAsReused() {
        Device d1 = laptop("INV-1");
        DeviceHistory returned = delivered(d1, "2026-06-19").append(new CustodyEvent.Returned(
                Instant.parse("2026-06-20T08:00:00Z"), "dave", "miraille", "moved away"));
        ProofOfReuseReport r = ProofOfReuse.report(agreement(DonorKind.PUBLIC_INSTITUTION, d1), List.of(returned),
                Map.of("fs-argentiere", Fixtures.FRANCE_SERVICES), clock);
        assertThat(r.devices()).containsExactly(new DeviceFate.InProgress("INV-1", StockState.IN_PREPARATION));
        assertThat(r.reused()).isZero();
    }

    @Test
    void onlyPublicBodiesGetTheReport() {
        assertThatThrownBy(() -> ProofOfReuse.report(agreement(DonorKind.COMPANY, laptop("INV-1")), List.of(),
                Map.of(), clock))
                .isInstanceOf(FiliereException.class).hasMessageContaining("public bodies");
    }
}
