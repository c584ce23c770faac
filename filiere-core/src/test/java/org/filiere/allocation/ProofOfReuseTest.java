package org.filiere.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.allocation.Fixtures.TODAY;
import static org.filiere.allocation.Fixtures.TRAINED;
import static org.filiere.allocation.Fixtures.ready;
import static org.filiere.device.DeviceCategory.LAPTOP;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.filiere.FiliereException;
import org.filiere.cession.DonorKind;
import org.junit.jupiter.api.Test;

class ProofOfReuseTest {
    private final Clock clock = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final DeviceRequest request = new DeviceRequest("R-1", Fixtures.FRANCE_SERVICES,
            new BeneficiaryRef("B-7F3A"), Set.of(PriorityPublic.ILLITERACY), Need.of(LAPTOP), TODAY.minusDays(30));

    private Stock stock() {
        Stock s = Stock.empty(clock);
        for (String id : List.of("INV-1", "INV-2", "INV-3", "INV-4")) {
            s = s.receive(id, LAPTOP, 8, 256);
        }
        s = s.makeAvailable("INV-1", ready(TODAY)).reserve("INV-1", "R-1", Duration.ofDays(7));
        s = ((DeliveryOutcome.Delivered<Stock>) s.deliver("INV-1", request, TODAY, TRAINED)).after();
        s = s.recycle("INV-2", new Recycling(TODAY.minusDays(2), "Ecologic", 2.4, "BSD-118"));
        return s.makeAvailable("INV-3", ready(TODAY));
    }

    @Test
    void eachDeviceOfTheAgreementGetsItsFate() {
        ProofOfReuseReport r = ProofOfReuse.report("CONV-2026-014", "Département des Hautes-Alpes",
                DonorKind.PUBLIC_INSTITUTION, List.of("INV-1", "INV-2", "INV-3", "INV-4", "INV-9"), stock(), TODAY);
        assertThat(r.devices()).containsExactly(
                new DeviceFate.Reused("INV-1", TODAY, PrescriberKind.FRANCE_SERVICES, Set.of(PriorityPublic.ILLITERACY)),
                new DeviceFate.Recycled("INV-2", TODAY.minusDays(2), "Ecologic", 2.4, "BSD-118"),
                new DeviceFate.InProgress("INV-3", StockState.AVAILABLE),
                new DeviceFate.InProgress("INV-4", StockState.IN_PREPARATION),
                new DeviceFate.Untracked("INV-9"));
        assertThat(r.reused()).isEqualTo(1);
        assertThat(r.recycled()).isEqualTo(1);
        assertThat(r.pending()).isEqualTo(3);
        assertThat(r.recycledKg()).isEqualTo(2.4);
        assertThat(r.reusedShare()).isEqualTo(0.2);
    }

    @Test
    void aReturnedDeviceIsNoLongerCountedAsReused() {
        Stock returned = stock().returned("INV-1", TODAY, "moved away");
        assertThat(ProofOfReuse.fate("INV-1", returned))
                .isEqualTo(new DeviceFate.InProgress("INV-1", StockState.AWAITING_GRADING));
    }

    @Test
    void onlyPublicBodiesGetTheReport() {
        assertThatThrownBy(() -> ProofOfReuse.report("CONV-1", "ACME", DonorKind.COMPANY, List.of(), stock(), TODAY))
                .isInstanceOf(FiliereException.class).hasMessageContaining("public bodies");
    }
}
