package org.filiere.custody;

import org.filiere.device.Functionality;
import org.filiere.device.Appearance;
import org.filiere.device.Grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.custody.CustodyFixtures.HDD;
import static org.filiere.custody.CustodyFixtures.LAPTOP;
import static org.filiere.custody.CustodyFixtures.SSD;
import static org.filiere.custody.CustodyFixtures.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.filiere.FiliereException;
import org.filiere.device.Device;
import org.filiere.device.DeviceCategory;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.Technique;
import org.filiere.topology.TransportMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeviceHistoryTest {
    private final CustodyFixtures.Clock clock = new CustodyFixtures.Clock();

    private DeviceHistory received() {
        return DeviceHistory.of(LAPTOP).append(new CustodyEvent.Received(clock.next(), "alice", "cimelab",
                "CONV-2026-014", CustodyFixtures.levels()));
    }

    private CustodyEvent.MediumSanitized sanitized(String serial, MediaType type, Technique technique) {
        Instant at = clock.next();
        return new CustodyEvent.MediumSanitized(at, "station-1", record(serial, type, technique, at));
    }

    private CustodyEvent.Refurbished mint() {
        return new CustodyEvent.Refurbished(clock.next(), "bob", "Linux Mint", "22.1");
    }

    @Test
    void aRecordThatDoesNotMeetItsLevelIsRecordedButLeavesTheMediumUnsanitized() {
        // An overwrite reaches CLEAR on an SSD, never PURGE (NIST SP 800-88 Table A-8): the SSD needs PURGE.
        DeviceHistory start = received();
        CustodyEvent.MediumSanitized weak = sanitized(SSD, MediaType.ATA_SSD, Technique.OVERWRITE);
        DeviceHistory h = start.append(weak);
        assertThat(h.events()).contains(weak);
        assertThat(h.mediumStatus(SSD)).contains(MediumStatus.UNSANITIZED);
        assertThat(h.pendingMedia()).containsExactly(SSD, HDD);
    }

    @Test
    void theDeviceIsMadeAvailableOnlyOnceEveryMediumIsSanitizedDestroyedOrRemoved() {
        DeviceHistory h = received()
                .append(sanitized(SSD, MediaType.ATA_SSD, Technique.OVERWRITE))
                .append(sanitized(HDD, MediaType.ATA_HDD, Technique.OVERWRITE))
                .append(mint());
        assertThat(h.pendingMedia()).containsExactly(SSD);
        DeviceHistory notYet = h;
        assertThatThrownBy(() -> notYet.append(new CustodyEvent.Graded(clock.next(), "bob", new Grade(Appearance.B, Functionality.A)))
                .append(new CustodyEvent.MadeAvailable(clock.next(), "bob")))
                .isInstanceOf(FiliereException.class)
                .hasMessageContaining("every medium must be sanitized")
                .hasMessageContaining("pendingMedia=[SSD-1]")
                .hasMessageContaining("state=REFURBISHED").hasMessageContaining("event=MADE_AVAILABLE");

        // Re-sanitizing after refurbishment sends the device back to preparation: the system is gone.
        h = h.append(sanitized(SSD, MediaType.ATA_SSD, Technique.ATA_SANITIZE_BLOCK_ERASE));
        assertThat(h.state()).isEqualTo(DeviceState.IN_PREPARATION);
        assertThat(h.installedSystem()).isEmpty();
        h = h.append(mint()).append(new CustodyEvent.Graded(clock.next(), "bob", new Grade(Appearance.B, Functionality.A)))
                .append(new CustodyEvent.MadeAvailable(clock.next(), "bob"));
        assertThat(h.state()).isEqualTo(DeviceState.AVAILABLE);
        assertThat(h.allMediaCleared()).isTrue();
    }

    @Test
    void destroyedAndRemovedMediaCountAsClearedAndAcceptNoFurtherEvent() {
        DeviceHistory h = received()
                .append(new CustodyEvent.MediumDestroyed(clock.next(), "bob", SSD, DestructionMethod.SHRED, "D-1"))
                .append(new CustodyEvent.MediumRemoved(clock.next(), "bob", HDD, "kept for spare parts"));
        assertThat(h.allMediaCleared()).isTrue();
        assertThat(h.mediumStatus(SSD)).contains(MediumStatus.DESTROYED);
        assertThat(h.mediumStatus(HDD)).contains(MediumStatus.REMOVED);
        DeviceHistory done = h;
        assertThatThrownBy(() -> done.append(sanitized(SSD, MediaType.ATA_SSD, Technique.OVERWRITE)))
                .hasMessageContaining("no longer in the device").hasMessageContaining("mediumStatus=DESTROYED");
        assertThatThrownBy(() -> done.append(new CustodyEvent.MediumRemoved(clock.next(), "bob", HDD, "again")))
                .hasMessageContaining("no longer in the device");
    }

    @Test
    void aMediumOfAnotherDeviceIsRefused() {
        assertThatThrownBy(() -> received().append(sanitized("OTHER-9", MediaType.ATA_SSD, Technique.OVERWRITE)))
                .hasMessageContaining("no such medium").hasMessageContaining("OTHER-9");
    }

    @Test
    void serialsAreMatchedTrimmedAndCaseInsensitively() {
        DeviceHistory h = received().append(sanitized("  ssd-1 ", MediaType.ATA_SSD,
                Technique.ATA_SANITIZE_BLOCK_ERASE));
        assertThat(h.mediumStatus(SSD)).contains(MediumStatus.SANITIZED);
    }

    @Test
    void aSanitizedMediumStaysSanitizedWhenALaterRunFails() {
        DeviceHistory h = received()
                .append(sanitized(SSD, MediaType.ATA_SSD, Technique.ATA_SANITIZE_BLOCK_ERASE))
                .append(sanitized(SSD, MediaType.ATA_SSD, Technique.OVERWRITE));
        assertThat(h.mediumStatus(SSD)).contains(MediumStatus.SANITIZED);
    }

    @Test
    void receptionMustGiveALevelForExactlyTheDevicesMedia() {
        DeviceHistory empty = DeviceHistory.of(LAPTOP);
        assertThatThrownBy(() -> empty.append(new CustodyEvent.Received(clock.next(), "alice", "cimelab", "C-1",
                Map.of(SSD, Level.PURGE, "GHOST", Level.CLEAR))))
                .hasMessageContaining("withoutLevel=[HDD-1]").hasMessageContaining("unknownSerials=[GHOST]");
        DeviceHistory h = received();
        assertThat(h.requiredLevel(SSD)).contains(Level.PURGE);
        assertThat(h.requiredLevel(HDD)).contains(Level.CLEAR);
        assertThat(h.agreementId()).contains("CONV-2026-014");
        assertThat(h.siteId()).contains("cimelab");
    }

    @Test
    void aTransferLeavesFromTheSiteWhereTheDeviceIs() {
        DeviceHistory h = received().append(new CustodyEvent.Transferred(clock.next(), "carol", "cimelab",
                "miraille", 85, TransportMode.VAN));
        assertThat(h.siteId()).contains("miraille");
        DeviceHistory atHub = h;
        assertThatThrownBy(() -> atHub.append(new CustodyEvent.Transferred(clock.next(), "carol", "cimelab",
                "chorges", 60, TransportMode.CAR)))
                .hasMessageContaining("does not leave from the device's site").hasMessageContaining("site=miraille");
        assertThatThrownBy(() -> new CustodyEvent.Transferred(clock.next(), "carol", "hub", "hub", 0,
                TransportMode.VAN)).hasMessageContaining("another site");
    }

    @Test
    void eventsCannotGoBackInTime() {
        DeviceHistory h = received();
        Instant earlier = h.events().get(0).at().minusSeconds(1);
        assertThatThrownBy(() -> h.append(new CustodyEvent.Graded(earlier, "bob",
                new org.filiere.device.Grade(org.filiere.device.Appearance.A, org.filiere.device.Functionality.A))))
                .hasMessageContaining("dated before the previous one");
    }

    @ParameterizedTest(name = "{0} refused: {1}")
    @CsvSource({
        "Windows 11, true", "Microsoft Windows 10 Pro, true", "windows, true", "Win10, true", "WinXP, true",
        "Linux Mint, false", "Linux Mint Debian Edition, false", "Ubuntu, false", "Winnux Linux, false"
    })
    void refurbishmentRefusesWindowsAndAcceptsLinux(String os, boolean refused) {
        assertThat(CustodyEvent.Refurbished.isWindows(os)).isEqualTo(refused);
        if (refused) {
            assertThatThrownBy(() -> new CustodyEvent.Refurbished(clock.next(), "bob", os, "1"))
                    .isInstanceOf(FiliereException.class).hasMessageContaining("Windows")
                    .hasMessageContaining("Linux Mint");
        } else {
            DeviceHistory h = received().append(new CustodyEvent.Refurbished(clock.next(), "bob", os, "22.1"));
            assertThat(h.installedSystem()).map(CustodyEvent.Refurbished::osName).contains(os);
        }
    }

    @Test
    void aReturnedDeviceMustBeSanitizedAgainBeforeItIsAvailable() {
        DeviceHistory delivered = CustodyFixtures.historyIn(DeviceState.DELIVERED);
        assertThat(delivered.siteId()).isEmpty();
        DeviceHistory back = delivered.append(CustodyFixtures.sample(EventType.RETURNED, delivered));
        assertThat(back.state()).isEqualTo(DeviceState.IN_PREPARATION);
        assertThat(back.siteId()).contains("miraille");
        assertThat(back.mediumStatus(SSD)).contains(MediumStatus.UNSANITIZED);
        assertThat(back.mediumStatus(HDD)).contains(MediumStatus.DESTROYED);
        DeviceHistory refurbished = back.append(CustodyFixtures.sample(EventType.REFURBISHED, back));
        assertThatThrownBy(() -> refurbished.append(CustodyFixtures.sample(EventType.MADE_AVAILABLE, refurbished)))
                .hasMessageContaining("pendingMedia=[SSD-1]");
    }

    @Test
    void aReservationIsReleasedOnlyByItsRequest() {
        DeviceHistory reserved = CustodyFixtures.historyIn(DeviceState.RESERVED);
        assertThat(reserved.reservation()).map(CustodyEvent.Reserved::requestId).contains("R-1");
        Instant at = reserved.events().get(reserved.events().size() - 1).at().plusSeconds(1);
        assertThatThrownBy(() -> reserved.append(new CustodyEvent.ReservationReleased(at, "p", "R-2", "x")))
                .hasMessageContaining("reserved for another request").hasMessageContaining("reservedFor=R-1");
        DeviceHistory released = reserved.append(new CustodyEvent.ReservationReleased(at, "p", "R-1", "cancelled"));
        assertThat(released.state()).isEqualTo(DeviceState.AVAILABLE);
        assertThat(released.reservation()).isEmpty();
    }

    @Test
    void aReservationEndsAfterItStartsAndLapsesAtItsEnd() {
        Instant at = clock.next();
        assertThatThrownBy(() -> new CustodyEvent.Reserved(at, "p", "R-1", at)).hasMessageContaining("until");
        CustodyEvent.Reserved r = new CustodyEvent.Reserved(at, "p", "R-1", at.plusSeconds(3600));
        assertThat(r.expiredAt(at.plusSeconds(3599))).isFalse();
        assertThat(r.expiredAt(at.plusSeconds(3600))).isTrue();
    }

    @Test
    void replayRebuildsTheSameHistory() {
        DeviceHistory h = CustodyFixtures.historyIn(DeviceState.DELIVERED);
        DeviceHistory replayed = DeviceHistory.replay(LAPTOP, h.events());
        assertThat(replayed.state()).isEqualTo(h.state());
        assertThat(replayed.events()).isEqualTo(h.events());
        assertThat(replayed.pendingMedia()).isEqualTo(h.pendingMedia());
    }

    @Test
    void anUnidentifiedDeviceCannotEnterCustody() {
        Device anonymous = Device.builder(DeviceCategory.LAPTOP).build();
        assertThatThrownBy(() -> DeviceHistory.of(anonymous)).hasMessageContaining("serial or inventory number");
        Device twins = Device.builder(DeviceCategory.DESKTOP).serialNumber("PC-1")
                .media(List.of(StorageMedium.of(MediaType.ATA_HDD, "X", null),
                        StorageMedium.of(MediaType.ATA_HDD, "x ", null))).build();
        assertThatThrownBy(() -> DeviceHistory.of(twins)).hasMessageContaining("share a serial");
    }

    @Test
    void aDeviceWithoutMediaCanBeMadeAvailableAfterRefurbishment() {
        Device screen = Device.builder(DeviceCategory.SCREEN).serialNumber("SCR-1").build();
        DeviceHistory h = DeviceHistory.of(screen)
                .append(new CustodyEvent.Received(clock.next(), "alice", "cimelab", "C-1", Map.of()))
                .append(new CustodyEvent.Refurbished(clock.next(), "bob", "none (screen)", "-"))
                .append(new CustodyEvent.Graded(clock.next(), "bob", new Grade(Appearance.B, Functionality.A)))
                .append(new CustodyEvent.MadeAvailable(clock.next(), "bob"));
        assertThat(h.state()).isEqualTo(DeviceState.AVAILABLE);
    }

    @Test
    void recyclingRecordsWeightRecyclerAndSlip() {
        assertThatThrownBy(() -> new CustodyEvent.Recycled(clock.next(), "a", 0, "Ecologic", "BSD-1"))
                .hasMessageContaining("weightKg");
        assertThatThrownBy(() -> new CustodyEvent.Recycled(clock.next(), "a", 2, "Ecologic", " "))
                .hasMessageContaining("slipNumber");
    }
}
