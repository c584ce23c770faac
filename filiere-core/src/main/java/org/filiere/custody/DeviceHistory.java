package org.filiere.custody;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.filiere.FiliereException;
import org.filiere.device.Device;
import org.filiere.device.Functionality;
import org.filiere.device.Grade;
import org.filiere.device.StorageMedium;
import org.filiere.internal.Require;
import org.filiere.sanitization.Level;

/**
 * The append-only custody history of one device: every {@link CustodyEvent} since the network received it,
 * and what they prove (state, site, status of each medium, grade, installed system, reservation).
 *
 * <p>{@link #append(CustodyEvent)} returns a new history or throws {@link FiliereException} naming the
 * device, the current state, the event and what is allowed. Rules it enforces, beyond the {@link Lifecycle}
 * table:
 * <ul>
 *   <li>events are in time order (an event is not dated before the previous one);</li>
 *   <li>reception names a required level for exactly the device's media;</li>
 *   <li>a transfer leaves from the site where the device is;</li>
 *   <li>a medium event names a medium of the device that is still in it (not destroyed or removed);</li>
 *   <li>a sanitization whose record does not meet the medium's required level is recorded, and the medium
 *       stays unsanitized; once proven sanitized it stays so until the device is returned;</li>
 *   <li>the device is made available or delivered only when every medium is sanitized to its required level,
 *       destroyed or removed;</li>
 *   <li>refurbishment never installs Windows ({@link CustodyEvent.Refurbished});</li>
 *   <li>a reservation is released by the request that holds it;</li>
 *   <li>a recycled device accepts no further event.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. Appending copies the event list (histories are short: tens of events).
 *
 * <pre>{@code
 * DeviceHistory h = DeviceHistory.of(device)
 *         .append(new CustodyEvent.Received(clock.instant(), "alice", "miraille", "CONV-2026-014",
 *                 Map.of("S4EVNX0N123456", Level.PURGE)))
 *         .append(new CustodyEvent.MediumSanitized(clock.instant(), "station-1", record));
 * h.state();          // IN_PREPARATION
 * h.pendingMedia();   // [] when the record met PURGE
 * }</pre>
 */
public final class DeviceHistory {
    private final Device device;
    private final List<CustodyEvent> events;
    private final DeviceState state;
    private final String siteId;
    private final String agreementId;
    /** Keyed by normalized serial, in the device's media order. */
    private final Map<String, MediumTrack> media;
    private final Grade grade;
    private final CustodyEvent.Refurbished system;
    private final CustodyEvent.Reserved reservation;

    /** The required level and the status of one medium. */
    private record MediumTrack(StorageMedium medium, Level required, MediumStatus status) {
        MediumTrack with(MediumStatus s) {
            return new MediumTrack(medium, required, s);
        }
    }

    private DeviceHistory(Device device, List<CustodyEvent> events, DeviceState state, String siteId,
                          String agreementId, Map<String, MediumTrack> media, Grade grade,
                          CustodyEvent.Refurbished system, CustodyEvent.Reserved reservation) {
        this.device = device;
        this.events = events;
        this.state = state;
        this.siteId = siteId;
        this.agreementId = agreementId;
        this.media = media;
        this.grade = grade;
        this.system = system;
        this.reservation = reservation;
    }

    /**
     * The empty history of {@code device} (state {@code NOT_RECEIVED}). The device must be identified
     * (category and serial or inventory number) and its media serials distinct.
     */
    public static DeviceHistory of(Device device) {
        Require.nonNull(device, "device");
        if (!device.isIdentified()) {
            throw new FiliereException("a device needs a category and a serial or inventory number to enter custody")
                    .with("device", device.identifier().orElse("(none)"));
        }
        device.requireDistinctMediumSerials();
        return new DeviceHistory(device, List.of(), DeviceState.NOT_RECEIVED, null, null, Map.of(),
                device.grade(), null, null);
    }

    /** Rebuilds a history by appending {@code events} in order (for a history read back from storage). */
    public static DeviceHistory replay(Device device, List<? extends CustodyEvent> events) {
        DeviceHistory h = of(device);
        for (CustodyEvent e : Require.copy(events, "events")) {
            h = h.append(e);
        }
        return h;
    }

    /**
     * Returns the history with {@code event} appended, or throws {@link FiliereException} (context: device,
     * state, event, allowed, and what else is wrong) when the event may not follow.
     */
    public DeviceHistory append(CustodyEvent event) {
        Require.nonNull(event, "event");
        EventType type = event.type();
        if (!Lifecycle.isAllowed(state, type)) {
            throw refusal(state == DeviceState.RECYCLED
                    ? "a recycled device accepts no further event"
                    : "event not allowed in this state", event);
        }
        if (!events.isEmpty() && event.at().isBefore(last().at())) {
            throw refusal("event dated before the previous one", event).with("previousAt", last().at());
        }
        Next n = new Next();
        if (event instanceof CustodyEvent.Received e) {
            onReceived(e, n);
        } else if (event instanceof CustodyEvent.Transferred e) {
            if (!e.fromSiteId().equals(siteId)) {
                throw refusal("the transfer does not leave from the device's site", event)
                        .with("site", siteId).with("fromSiteId", e.fromSiteId());
            }
            n.siteId = e.toSiteId();
        } else if (event instanceof CustodyEvent.MediumSanitized e) {
            String key = presentMedium(e.mediumSerial(), event);
            MediumTrack t = n.media.get(key);
            if (t.status() == MediumStatus.UNSANITIZED && e.record().meets(t.required())) {
                n.media.put(key, t.with(MediumStatus.SANITIZED));
            }
        } else if (event instanceof CustodyEvent.MediumDestroyed e) {
            String key = presentMedium(e.mediumSerial(), event);
            n.media.put(key, n.media.get(key).with(MediumStatus.DESTROYED));
        } else if (event instanceof CustodyEvent.MediumRemoved e) {
            String key = presentMedium(e.mediumSerial(), event);
            n.media.put(key, n.media.get(key).with(MediumStatus.REMOVED));
        } else if (event instanceof CustodyEvent.Refurbished e) {
            n.system = e;
        } else if (event instanceof CustodyEvent.Graded e) {
            n.grade = e.grade();
        } else if (event instanceof CustodyEvent.MadeAvailable || event instanceof CustodyEvent.Delivered) {
            List<String> pending = pendingMedia();
            if (!pending.isEmpty()) {
                throw refusal("every medium must be sanitized to its required level, destroyed or removed first",
                        event).with("pendingMedia", pending);
            }
            if (event instanceof CustodyEvent.MadeAvailable) {
                // Issue 10 / workshop report: only sanitized, refurbished and graded devices are offered.
                if (grade == null) {
                    throw refusal("the device must be graded before it is made available", event);
                }
                if (grade.functionality() == Functionality.D) {
                    throw refusal("a device graded functionality D cannot be offered; repair it or recycle it", event)
                            .with("grade", grade);
                }
            }
            n.reservation = null;
        } else if (event instanceof CustodyEvent.Reserved e) {
            n.reservation = e;
        } else if (event instanceof CustodyEvent.ReservationReleased e) {
            if (!e.requestId().equals(reservation.requestId())) {
                throw refusal("the device is reserved for another request", event)
                        .with("reservedFor", reservation.requestId()).with("requestId", e.requestId());
            }
            n.reservation = null;
        } else if (event instanceof CustodyEvent.Returned e) {
            n.siteId = e.siteId();
            // The beneficiary may have stored personal data: sanitized media must be proven clean again.
            n.media.replaceAll((k, t) -> t.status() == MediumStatus.SANITIZED ? t.with(MediumStatus.UNSANITIZED) : t);
            n.system = null;
            // A returned device goes back through grading before it can be offered again.
            n.grade = null;
        }
        // RECYCLED needs no content check: the table makes it terminal.
        List<CustodyEvent> nextEvents = new ArrayList<>(events.size() + 1);
        nextEvents.addAll(events);
        nextEvents.add(event);
        DeviceState nextState = Lifecycle.target(state, type).orElseThrow();
        if (nextState == DeviceState.IN_PREPARATION && state == DeviceState.REFURBISHED) {
            n.system = null;
        }
        return new DeviceHistory(device, Collections.unmodifiableList(nextEvents), nextState, n.siteId,
                n.agreementId, Collections.unmodifiableMap(n.media), n.grade, n.system, n.reservation);
    }

    private void onReceived(CustodyEvent.Received e, Next n) {
        Map<String, Level> given = new LinkedHashMap<>();
        e.requiredLevels().forEach((serial, level) -> given.put(Device.normalizeSerial(serial), level));
        TreeSet<String> missing = new TreeSet<>();
        n.media.clear();
        for (StorageMedium m : device.media()) {
            String key = Device.normalizeSerial(m.serialNumber());
            Level required = given.remove(key);
            if (required == null) {
                missing.add(m.serialNumber());
            } else {
                n.media.put(key, new MediumTrack(m, required, MediumStatus.UNSANITIZED));
            }
        }
        if (!missing.isEmpty() || !given.isEmpty()) {
            throw refusal("reception must give a required level for exactly the device's media", e)
                    .with("withoutLevel", missing).with("unknownSerials", new TreeSet<>(given.keySet()));
        }
        n.siteId = e.siteId();
        n.agreementId = e.agreementId();
    }

    /** The key of a medium named by an event; throws when unknown, destroyed or removed. */
    private String presentMedium(String serial, CustodyEvent event) {
        String key = Device.normalizeSerial(serial);
        MediumTrack t = media.get(key);
        if (t == null) {
            throw refusal("no such medium in this device", event).with("medium", serial)
                    .with("media", media.values().stream().map(m -> m.medium().serialNumber()).toList());
        }
        if (t.status() == MediumStatus.DESTROYED || t.status() == MediumStatus.REMOVED) {
            throw refusal("the medium is no longer in the device", event).with("medium", serial)
                    .with("mediumStatus", t.status());
        }
        return key;
    }

    private FiliereException refusal(String reason, CustodyEvent event) {
        return new FiliereException(reason)
                .with("device", device.identifier().orElseThrow())
                .with("state", state)
                .with("event", event.type())
                .with("allowed", Lifecycle.allowed(state));
    }

    /** Mutable scratch copy of the derived fields while one event is applied. */
    private final class Next {
        String siteId = DeviceHistory.this.siteId;
        String agreementId = DeviceHistory.this.agreementId;
        Map<String, MediumTrack> media = new LinkedHashMap<>(DeviceHistory.this.media);
        Grade grade = DeviceHistory.this.grade;
        CustodyEvent.Refurbished system = DeviceHistory.this.system;
        CustodyEvent.Reserved reservation = DeviceHistory.this.reservation;
    }

    private CustodyEvent last() {
        return events.get(events.size() - 1);
    }

    /** The device this history is about. */
    public Device device() {
        return device;
    }

    /** Every event, oldest first; unmodifiable. */
    public List<CustodyEvent> events() {
        return events;
    }

    /** The current state. */
    public DeviceState state() {
        return state;
    }

    /** The event types allowed now. */
    public java.util.Set<EventType> allowedNow() {
        return Lifecycle.allowed(state);
    }

    /** The site holding the device, empty before reception and once delivered or recycled elsewhere. */
    public Optional<String> siteId() {
        return state == DeviceState.DELIVERED || state == DeviceState.RECYCLED
                ? Optional.empty() : Optional.ofNullable(siteId);
    }

    /** The agreement the device came under, empty before reception. */
    public Optional<String> agreementId() {
        return Optional.ofNullable(agreementId);
    }

    /** The level the agreement requires for the medium {@code serial}, empty when unknown or not received. */
    public Optional<Level> requiredLevel(String serial) {
        MediumTrack t = media.get(Device.normalizeSerial(serial));
        return t == null ? Optional.empty() : Optional.of(t.required());
    }

    /** What the history proves about the medium {@code serial}, empty when unknown or not received. */
    public Optional<MediumStatus> mediumStatus(String serial) {
        MediumTrack t = media.get(Device.normalizeSerial(serial));
        return t == null ? Optional.empty() : Optional.of(t.status());
    }

    /** Serials of the media still unsanitized, in the device's order (all of them before reception). */
    public List<String> pendingMedia() {
        if (state == DeviceState.NOT_RECEIVED) {
            return device.media().stream().map(StorageMedium::serialNumber).toList();
        }
        return media.values().stream().filter(t -> !t.status().cleared())
                .map(t -> t.medium().serialNumber()).toList();
    }

    /** True when every medium is sanitized to its required level, destroyed or removed. */
    public boolean allMediaCleared() {
        return pendingMedia().isEmpty();
    }

    /** The latest grade (or the device's own before any grading event), if any. */
    public Optional<Grade> grade() {
        return Optional.ofNullable(grade);
    }

    /** The installed system, empty before refurbishment or once the media were touched again. */
    public Optional<CustodyEvent.Refurbished> installedSystem() {
        return Optional.ofNullable(system);
    }

    /** The current reservation, empty unless the state is {@code RESERVED}. */
    public Optional<CustodyEvent.Reserved> reservation() {
        return Optional.ofNullable(reservation);
    }

    @Override
    public String toString() {
        return "DeviceHistory[" + device.identifier().orElse("?") + ", " + state + ", " + events.size() + " events]";
    }
}
