package org.filiere.custody;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filiere.device.Appearance;
import org.filiere.device.Device;
import org.filiere.device.DeviceCategory;
import org.filiere.device.Functionality;
import org.filiere.device.Grade;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.sanitization.ErrorCounts;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.ToolInfo;
import org.filiere.sanitization.Verification;
import org.filiere.sanitization.VerificationMode;
import org.filiere.topology.TransportMode;

/** A laptop with an SSD (needs PURGE) and an HDD (needs CLEAR), and events that fit any history of it. */
final class CustodyFixtures {
    static final Instant T0 = Instant.parse("2026-06-15T08:00:00Z");
    static final String SSD = "SSD-1";
    static final String HDD = "HDD-1";
    static final Device LAPTOP = Device.builder(DeviceCategory.LAPTOP).manufacturer("Dell").model("Latitude 5420")
            .serialNumber("7XK2Q73").inventoryNumber("INV-0042")
            .media(List.of(StorageMedium.of(MediaType.ATA_SSD, SSD, 256_060_514_304L),
                    StorageMedium.of(MediaType.ATA_HDD, HDD, 500_107_862_016L)))
            .build();

    private CustodyFixtures() {
    }

    static Map<String, Level> levels() {
        Map<String, Level> m = new LinkedHashMap<>();
        m.put(SSD, Level.PURGE);
        m.put(HDD, Level.CLEAR);
        return m;
    }

    /** A completed, verified record of {@code technique} on {@code serial} with no hidden areas. */
    static SanitizationRecord record(String serial, MediaType type, Technique technique, Instant at) {
        return new SanitizationRecord(serial, type, technique,
                TechniqueParameters.firmware(technique.name(), VerificationMode.FULL), new ToolInfo("hdparm", "9.65"),
                at.minusSeconds(600), at, new SanitizationResult.Completed(),
                new Verification(VerificationMode.FULL, true, 0, ""), ErrorCounts.NONE, HiddenAreaStatus.ABSENT,
                0, "station-1", "miraille", null);
    }

    /** Builds histories in each state by a canonical sequence of events, one minute apart. */
    static DeviceHistory historyIn(DeviceState state) {
        Clock c = new Clock();
        DeviceHistory h = DeviceHistory.of(LAPTOP);
        if (state == DeviceState.NOT_RECEIVED) {
            return h;
        }
        h = h.append(new CustodyEvent.Received(c.next(), "alice", "cimelab", "CONV-2026-014", levels()));
        if (state == DeviceState.IN_PREPARATION) {
            return h;
        }
        if (state == DeviceState.RECYCLED) {
            return h.append(new CustodyEvent.Recycled(c.next(), "alice", 2.1, "Ecologic", "BSD-77"));
        }
        Instant t = c.next();
        h = h.append(new CustodyEvent.MediumSanitized(t, "station-1",
                record(SSD, MediaType.ATA_SSD, Technique.ATA_SANITIZE_BLOCK_ERASE, t)));
        h = h.append(new CustodyEvent.MediumDestroyed(c.next(), "bob", HDD, DestructionMethod.SHRED, "DESTR-12"));
        h = h.append(new CustodyEvent.Graded(c.next(), "bob", new Grade(Appearance.B, Functionality.A)));
        h = h.append(new CustodyEvent.Refurbished(c.next(), "bob", "Linux Mint", "22.1"));
        if (state == DeviceState.REFURBISHED) {
            return h;
        }
        h = h.append(new CustodyEvent.MadeAvailable(c.next(), "bob"));
        if (state == DeviceState.AVAILABLE) {
            return h;
        }
        h = h.append(new CustodyEvent.Reserved(c.next(), "prescriber", "R-1", c.now().plus(Duration.ofDays(14))));
        if (state == DeviceState.RESERVED) {
            return h;
        }
        h = h.append(sample(EventType.DELIVERED, h));
        if (state == DeviceState.DELIVERED) {
            return h;
        }
        throw new IllegalStateException("no canonical history for " + state);
    }

    /** A well-formed event of {@code type} that fits {@code h} (same site, a medium still present...). */
    static CustodyEvent sample(EventType type, DeviceHistory h) {
        Instant at = h.events().isEmpty() ? T0 : h.events().get(h.events().size() - 1).at().plusSeconds(60);
        String site = h.siteId().orElse("cimelab");
        String medium = h.mediumStatus(SSD).filter(s -> s == MediumStatus.DESTROYED || s == MediumStatus.REMOVED)
                .isPresent() ? HDD : SSD;
        MediaType mediumType = medium.equals(SSD) ? MediaType.ATA_SSD : MediaType.ATA_HDD;
        switch (type) {
            case RECEIVED:
                return new CustodyEvent.Received(at, "alice", "cimelab", "CONV-2026-014", levels());
            case TRANSFERRED:
                return new CustodyEvent.Transferred(at, "carol", site, site.equals("miraille") ? "chorges" : "miraille",
                        85, TransportMode.VAN);
            case MEDIUM_SANITIZED:
                return new CustodyEvent.MediumSanitized(at, "station-1",
                        record(medium, mediumType, Technique.ATA_SANITIZE_BLOCK_ERASE, at));
            case MEDIUM_DESTROYED:
                return new CustodyEvent.MediumDestroyed(at, "bob", medium, DestructionMethod.SHRED, "DESTR-13");
            case MEDIUM_REMOVED:
                return new CustodyEvent.MediumRemoved(at, "bob", medium, "SMART FAILED");
            case REFURBISHED:
                return new CustodyEvent.Refurbished(at, "bob", "Linux Mint", "22.1");
            case GRADED:
                return new CustodyEvent.Graded(at, "bob", new Grade(Appearance.B, Functionality.A));
            case MADE_AVAILABLE:
                return new CustodyEvent.MadeAvailable(at, "bob");
            case RESERVED:
                return new CustodyEvent.Reserved(at, "prescriber", "R-1", at.plus(Duration.ofDays(14)));
            case RESERVATION_RELEASED:
                return new CustodyEvent.ReservationReleased(at, "prescriber", "R-1", "request cancelled");
            case DELIVERED:
                return new CustodyEvent.Delivered(at, "dave", "B-7F3A", "France Services Argentière", "Eve",
                        LocalDate.of(2026, 7, 1));
            case RETURNED:
                return new CustodyEvent.Returned(at, "dave", "miraille", "beneficiary moved away");
            case RECYCLED:
                return new CustodyEvent.Recycled(at, "alice", 2.1, "Ecologic", "BSD-78");
            default:
                throw new IllegalArgumentException(type.name());
        }
    }

    /** Hands out instants one minute apart. */
    static final class Clock {
        private Instant now = T0;

        Instant next() {
            now = now.plusSeconds(60);
            return now;
        }

        Instant now() {
            return now;
        }
    }
}
