package org.filiere.allocation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.filiere.FiliereException;
import org.filiere.custody.CustodyEvent;
import org.filiere.custody.DeviceHistory;
import org.filiere.custody.DeviceState;
import org.filiere.device.DeviceSpecs;
import org.filiere.internal.Require;

/**
 * Allocation on top of the custody histories ({@link DeviceHistory}), the network's source of truth: the
 * stock the matcher sees is derived from each device's events, and a handover is recorded as a
 * {@link CustodyEvent.Delivered} event under the same rules as {@link Stock#deliver}. Stateless and
 * thread-safe; time comes from the injected {@link Clock}.
 *
 * <p>State mapping ({@link DeviceState} to {@link StockState}): NOT_RECEIVED, IN_PREPARATION and
 * REFURBISHED (a returned device is back IN_PREPARATION in custody) are IN_PREPARATION; AVAILABLE is
 * AVAILABLE; RESERVED is RESERVED until the reservation's {@code until}, AVAILABLE after it; DELIVERED and
 * RECYCLED are the same. {@code availableSince} is the day of the last {@link CustodyEvent.MadeAvailable}.
 * Unknown RAM or storage counts as 0 GB: a device whose specs are not recorded cannot be proven to reach a
 * minimum.
 *
 * <pre>{@code
 * MatchResult r = Matcher.propose(CustodyStock.snapshot(histories, clock), requests);
 * }</pre>
 */
public final class CustodyStock {
    private CustodyStock() {
    }

    /** The matcher's view of every identified device, in the order given. */
    public static List<StockDevice> snapshot(Collection<DeviceHistory> histories, Clock clock) {
        Require.nonNull(clock, "clock");
        return Require.copy(histories, "histories").stream().map(h -> toStockDevice(h, clock)).toList();
    }

    /** The matcher's view of one device at the clock's now. */
    public static StockDevice toStockDevice(DeviceHistory history, Clock clock) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        String id = history.device().identifier()
                .orElseThrow(() -> new FiliereException("device without identifier in custody"));
        DeviceSpecs specs = history.device().specs();
        int ram = specs == null || specs.ramGb() == null ? 0 : specs.ramGb();
        int storage = specs == null || specs.storageGb() == null ? 0 : specs.storageGb();
        StockState state = state(history, now);
        LocalDate since = null;
        if (state == StockState.AVAILABLE) {
            since = lastMadeAvailable(history).map(e -> LocalDate.ofInstant(e.at(), zone))
                    .orElseThrow(() -> new FiliereException("available device without MadeAvailable event")
                            .with("device", id));
        }
        return new StockDevice(id, history.device().category(), ram, storage, state, since);
    }

    /**
     * Records the handover of the reserved device of {@code history} to the beneficiary of {@code request}
     * as a {@link CustodyEvent.Delivered} dated at the clock's now by {@code actor}. Refused (a value) for the
     * same reasons as {@link Stock#deliver}: not reserved for this request, reservation lapsed, need not met,
     * mediator not trained on Linux Mint by the acceptance date. Throws when the acceptance date is after
     * today or before the request, and when custody itself refuses the event (for example a medium not
     * sanitized).
     */
    public static DeliveryOutcome<DeviceHistory> deliver(DeviceHistory history, DeviceRequest request,
                                                         LocalDate acceptanceSignedOn, Mediator mediator,
                                                         Clock clock, String actor) {
        Require.nonNull(history, "history");
        Require.nonNull(request, "request");
        Require.nonNull(acceptanceSignedOn, "acceptanceSignedOn");
        Require.nonNull(mediator, "mediator");
        Require.nonBlank(actor, "actor");
        StockDevice device = toStockDevice(history, clock);
        LocalDate today = LocalDate.now(clock);
        if (acceptanceSignedOn.isAfter(today) || acceptanceSignedOn.isBefore(request.createdOn())) {
            throw new FiliereException("acceptance date must be between the request date and today")
                    .with("device", device.id()).with("request", request.id())
                    .with("acceptanceSignedOn", acceptanceSignedOn).with("today", today);
        }
        Optional<CustodyEvent.Reserved> r = history.reservation();
        if (r.isEmpty() || !r.get().requestId().equals(request.id())) {
            return new DeliveryOutcome.Refused<>(DeliveryOutcome.Reason.NOT_RESERVED_FOR_REQUEST,
                    "device " + device.id() + " is not reserved for request " + request.id()
                            + " (state " + history.state() + ")");
        }
        if (r.get().expiredAt(clock.instant())) {
            return new DeliveryOutcome.Refused<>(DeliveryOutcome.Reason.RESERVATION_EXPIRED,
                    "the reservation of device " + device.id() + " for request " + request.id()
                            + " lapsed at " + r.get().until());
        }
        if (!device.meets(request.need())) {
            return new DeliveryOutcome.Refused<>(DeliveryOutcome.Reason.NEED_NOT_MET,
                    "device " + device.id() + " does not reach the need of request " + request.id());
        }
        if (!mediator.isTrainedBy(acceptanceSignedOn)) {
            return new DeliveryOutcome.Refused<>(DeliveryOutcome.Reason.MEDIATOR_NOT_TRAINED,
                    "mediator " + mediator.id() + " was not trained on Linux Mint by " + acceptanceSignedOn
                            + mediator.trainedOn().map(d -> " (trained on " + d + ")").orElse(" (not trained)")
                            + ": device " + device.id() + " cannot be handed over by them");
        }
        DeviceHistory after = history.append(new CustodyEvent.Delivered(clock.instant(), actor,
                request.beneficiary().value(), request.prescriber().id(), mediator.id(), acceptanceSignedOn));
        Delivery d = new Delivery(request.id(), device.id(), request.prescriber().kind(), request.beneficiary(),
                request.priorityPublics(), acceptanceSignedOn, mediator.id());
        return new DeliveryOutcome.Delivered<>(after, d);
    }

    static StockState state(DeviceHistory h, Instant now) {
        switch (h.state()) {
            case AVAILABLE:
                return StockState.AVAILABLE;
            case RESERVED:
                return h.reservation().map(r -> r.expiredAt(now)).orElse(true)
                        ? StockState.AVAILABLE : StockState.RESERVED;
            case DELIVERED:
                return StockState.DELIVERED;
            case RECYCLED:
                return StockState.RECYCLED;
            default:
                return StockState.IN_PREPARATION;
        }
    }

    private static Optional<CustodyEvent.MadeAvailable> lastMadeAvailable(DeviceHistory h) {
        CustodyEvent.MadeAvailable last = null;
        for (CustodyEvent e : h.events()) {
            if (e instanceof CustodyEvent.MadeAvailable m) {
                last = m;
            }
        }
        return Optional.ofNullable(last);
    }
}
