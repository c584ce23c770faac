package org.filiere.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.filiere.device.Appearance;
import org.filiere.device.DeviceCategory;
import org.filiere.device.Functionality;
import org.filiere.device.Grade;

/** Small builders shared by the allocation tests. */
final class Fixtures {
    static final Prescriber FRANCE_SERVICES =
            new Prescriber("fs-argentiere", "France Services Argentière", PrescriberKind.FRANCE_SERVICES);
    static final Prescriber CCAS = new Prescriber("ccas-briancon", "CCAS Briançon", PrescriberKind.SOCIAL_SERVICES);
    static final LocalDate TODAY = LocalDate.parse("2026-06-10");
    static final Mediator TRAINED = new Mediator("med-1", LocalDate.parse("2026-03-01"));

    private Fixtures() {
    }

    static StockDevice device(String id, DeviceCategory c, int ram, int storage, String since) {
        return new StockDevice(id, c, ram, storage, StockState.AVAILABLE, LocalDate.parse(since));
    }

    static StockDevice device(String id, DeviceCategory c, int ram, int storage, StockState state) {
        return new StockDevice(id, c, ram, storage, state, null);
    }

    static DeviceRequest request(String id, DeviceCategory c, int minRam, int minStorage, String createdOn,
                                 PriorityPublic... publics) {
        Set<PriorityPublic> p = publics.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(publics));
        return new DeviceRequest(id, CCAS, new BeneficiaryRef("B-" + id.replaceAll("[^0-9]", "") + "0"), p,
                new Need(c, minRam, minStorage, Set.of()), LocalDate.parse(createdOn));
    }

    static Preparation ready(LocalDate on) {
        return new Preparation(true, "Linux Mint 22.1 Cinnamon", new Grade(Appearance.B, Functionality.A), on);
    }

    /** A clock the test moves by hand; not thread-safe, tests only. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        static MutableClock at(String instant) {
            return new MutableClock(Instant.parse(instant));
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
