package org.filiere.allocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.filiere.FiliereException;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;

/**
 * The devices of the network as allocation sees them, and the only way to move one through
 * {@link StockState}'s lifecycle. Every operation returns a new {@code Stock}; the instance is immutable and
 * thread-safe. Time (reservation start and expiry) comes from the injected {@link Clock}.
 *
 * <p>Rules:
 * <ul>
 *   <li>a device becomes AVAILABLE only with a {@link Preparation} that is ready: sanitized, Linux Mint,
 *       graded fit;</li>
 *   <li>a reservation holds an AVAILABLE device for one request for a limited time; once it lapses the
 *       device is AVAILABLE again (seen lazily: {@link #item} and {@link #snapshot} use the clock's now);</li>
 *   <li>a delivery needs the device to be reserved for that request at the clock's now, the device to reach
 *       the request's need, and a mediator trained on Linux Mint by the acceptance date; otherwise it is
 *       {@link DeliveryOutcome.Refused};</li>
 *   <li>a returned device goes to AWAITING_GRADING: it held a beneficiary's data, so it becomes available
 *       again only through a new preparation completed on or after the return.</li>
 * </ul>
 * Calling an operation on a device in a state that does not allow it, or on an unknown device, is misuse:
 * it throws {@link FiliereException} naming the device and its state.
 *
 * <pre>{@code
 * Stock stock = Stock.empty(clock)
 *         .receive("D-10", DeviceCategory.LAPTOP, 8, 256)
 *         .makeAvailable("D-10", new Preparation(true, "Linux Mint 22.1", grade, today))
 *         .reserve("D-10", "R-2", Duration.ofDays(7));
 * DeliveryOutcome out = stock.deliver("D-10", request, today, mediator);
 * }</pre>
 */
public final class Stock {
    private final Clock clock;
    private final Map<String, StockItem> items;

    private Stock(Clock clock, Map<String, StockItem> items) {
        this.clock = clock;
        this.items = items;
    }

    /** An empty stock reading time from {@code clock}. */
    public static Stock empty(Clock clock) {
        return new Stock(Require.nonNull(clock, "clock"), Map.of());
    }

    /** The same devices, reading time from another clock. */
    public Stock withClock(Clock other) {
        return new Stock(Require.nonNull(other, "clock"), items);
    }

    /** The clock this stock reads. */
    public Clock clock() {
        return clock;
    }

    /** Records a received device, IN_PREPARATION. Throws when the id is already known. */
    public Stock receive(String id, DeviceCategory category, int ramGb, int storageGb) {
        if (items.containsKey(id)) {
            throw new FiliereException("device already in stock").with("device", id);
        }
        return put(new StockItem(id, category, ramGb, storageGb, StockState.IN_PREPARATION, null, null,
                List.of(), List.of(), List.of(), null));
    }

    /**
     * Makes a device AVAILABLE after its preparation, from IN_PREPARATION or AWAITING_GRADING. Throws when the
     * preparation is not ready (listing every problem), or, for a returned device, completed before the return.
     */
    public Stock makeAvailable(String id, Preparation preparation) {
        Require.nonNull(preparation, "preparation");
        StockItem item = item(id);
        requireState(item, "make available", StockState.IN_PREPARATION, StockState.AWAITING_GRADING);
        if (!preparation.isReady()) {
            throw new FiliereException("device is not ready: " + String.join("; ", preparation.problems()))
                    .with("device", id);
        }
        if (item.state() == StockState.AWAITING_GRADING) {
            LocalDate returned = item.returns().get(item.returns().size() - 1).on();
            if (preparation.completedOn().isBefore(returned)) {
                throw new FiliereException("a returned device needs a preparation completed after its return")
                        .with("device", id).with("returnedOn", returned)
                        .with("preparedOn", preparation.completedOn());
            }
        }
        List<Preparation> preps = append(item.preparations(), preparation);
        return put(new StockItem(id, item.category(), item.ramGb(), item.storageGb(), StockState.AVAILABLE,
                preparation.completedOn(), null, preps, item.deliveries(), item.returns(), null));
    }

    /**
     * Holds an AVAILABLE device for {@code requestId} from now for {@code hold}. A device whose reservation
     * lapsed is AVAILABLE and can be reserved again.
     */
    public Stock reserve(String deviceId, String requestId, Duration hold) {
        Require.nonNull(hold, "hold");
        Require.that(!hold.isNegative() && !hold.isZero(), "hold", "a reservation must last some time");
        StockItem item = item(deviceId);
        requireState(item, "reserve", StockState.AVAILABLE);
        Instant now = clock.instant();
        return put(item.with(StockState.RESERVED, item.availableSince(),
                new Reservation(deviceId, requestId, now, now.plus(hold))));
    }

    /** Reserves every proposed allocation of {@code result} for {@code hold}. */
    public Stock reserveAll(MatchResult result, Duration hold) {
        Stock s = this;
        for (Allocation a : result.allocations()) {
            s = s.reserve(a.deviceId(), a.requestId(), hold);
        }
        return s;
    }

    /** Ends a RESERVED device's hold early; it is AVAILABLE again. */
    public Stock cancelReservation(String deviceId) {
        StockItem item = item(deviceId);
        requireState(item, "cancel the reservation of", StockState.RESERVED);
        return put(item.with(StockState.AVAILABLE, item.availableSince(), null));
    }

    /**
     * Records the handover of a device to the beneficiary of {@code request}. Refused (a value) when the
     * device is not reserved for this request at the clock's now, the reservation lapsed, the device does not
     * reach the need, or the mediator was not trained on Linux Mint by {@code acceptanceSignedOn}. Throws when
     * the acceptance date is after today or before the request was made.
     */
    public DeliveryOutcome<Stock> deliver(String deviceId, DeviceRequest request, LocalDate acceptanceSignedOn,
                                   Mediator mediator) {
        Require.nonNull(request, "request");
        Require.nonNull(acceptanceSignedOn, "acceptanceSignedOn");
        Require.nonNull(mediator, "mediator");
        LocalDate today = LocalDate.now(clock);
        if (acceptanceSignedOn.isAfter(today) || acceptanceSignedOn.isBefore(request.createdOn())) {
            throw new FiliereException("acceptance date must be between the request date and today")
                    .with("device", deviceId).with("request", request.id())
                    .with("acceptanceSignedOn", acceptanceSignedOn).with("today", today);
        }
        StockItem raw = items.get(deviceId);
        if (raw == null) {
            throw new FiliereException("unknown device").with("device", deviceId);
        }
        Reservation r = raw.reservation();
        if (r == null || !r.requestId().equals(request.id())) {
            return new DeliveryOutcome.Refused<>(DeliveryOutcome.Reason.NOT_RESERVED_FOR_REQUEST,
                    "device " + deviceId + " is not reserved for request " + request.id()
                            + " (state " + item(deviceId).state() + ")");
        }
        if (!r.isActiveAt(clock.instant())) {
            return new DeliveryOutcome.Refused<>(DeliveryOutcome.Reason.RESERVATION_EXPIRED,
                    "the reservation of device " + deviceId + " for request " + request.id()
                            + " lapsed at " + r.until());
        }
        if (!raw.toStockDevice().meets(request.need())) {
            return new DeliveryOutcome.Refused<>(DeliveryOutcome.Reason.NEED_NOT_MET,
                    "device " + deviceId + " does not reach the need of request " + request.id());
        }
        if (!mediator.isTrainedBy(acceptanceSignedOn)) {
            return new DeliveryOutcome.Refused<>(DeliveryOutcome.Reason.MEDIATOR_NOT_TRAINED,
                    "mediator " + mediator.id() + " was not trained on Linux Mint by " + acceptanceSignedOn
                            + mediator.trainedOn().map(d -> " (trained on " + d + ")").orElse(" (not trained)")
                            + ": device " + deviceId + " cannot be handed over by them");
        }
        Delivery d = new Delivery(request.id(), deviceId, request.prescriber().kind(), request.beneficiary(),
                request.priorityPublics(), acceptanceSignedOn, mediator.id());
        StockItem delivered = new StockItem(deviceId, raw.category(), raw.ramGb(), raw.storageGb(),
                StockState.DELIVERED, null, null, raw.preparations(), append(raw.deliveries(), d), raw.returns(),
                null);
        return new DeliveryOutcome.Delivered<>(put(delivered), d);
    }

    /** Records that a DELIVERED device was given back; it goes to AWAITING_GRADING. */
    public Stock returned(String deviceId, LocalDate on, String reason) {
        StockItem item = item(deviceId);
        requireState(item, "return", StockState.DELIVERED);
        Delivery d = item.currentDelivery().orElseThrow();
        if (on.isBefore(d.acceptanceSignedOn())) {
            throw new FiliereException("a device cannot be returned before it was delivered")
                    .with("device", deviceId).with("deliveredOn", d.acceptanceSignedOn()).with("returnedOn", on);
        }
        return put(new StockItem(deviceId, item.category(), item.ramGb(), item.storageGb(),
                StockState.AWAITING_GRADING, null, null, item.preparations(), item.deliveries(),
                append(item.returns(), new Return(d.requestId(), on, reason)), null));
    }

    /** Sends a device to recycling, from IN_PREPARATION, AVAILABLE or AWAITING_GRADING. */
    public Stock recycle(String deviceId, Recycling recycling) {
        Require.nonNull(recycling, "recycling");
        StockItem item = item(deviceId);
        requireState(item, "recycle", StockState.IN_PREPARATION, StockState.AVAILABLE, StockState.AWAITING_GRADING);
        return put(new StockItem(deviceId, item.category(), item.ramGb(), item.storageGb(), StockState.RECYCLED,
                null, null, item.preparations(), item.deliveries(), item.returns(), recycling));
    }

    /** The device at the clock's now (a lapsed reservation shows as AVAILABLE). Throws when unknown. */
    public StockItem item(String id) {
        StockItem item = items.get(id);
        if (item == null) {
            throw new FiliereException("unknown device").with("device", id);
        }
        if (item.state() == StockState.RESERVED && !item.reservation().isActiveAt(clock.instant())) {
            return item.with(StockState.AVAILABLE, item.availableSince(), null);
        }
        return item;
    }

    /** Whether a device with this id is known. */
    public boolean contains(String id) {
        return items.containsKey(id);
    }

    /** Every device at the clock's now, in the order received. */
    public List<StockItem> items() {
        List<StockItem> out = new ArrayList<>(items.size());
        for (String id : items.keySet()) {
            out.add(item(id));
        }
        return Collections.unmodifiableList(out);
    }

    /** Every device as the matcher sees it, at the clock's now. */
    public List<StockDevice> snapshot() {
        return items().stream().map(StockItem::toStockDevice).toList();
    }

    private Stock put(StockItem item) {
        Map<String, StockItem> next = new LinkedHashMap<>(items);
        next.put(item.id(), item);
        return new Stock(clock, Collections.unmodifiableMap(next));
    }

    private static void requireState(StockItem item, String action, StockState... allowed) {
        for (StockState s : allowed) {
            if (item.state() == s) {
                return;
            }
        }
        throw new FiliereException("cannot " + action + " a device in state " + item.state())
                .with("device", item.id()).with("state", item.state());
    }

    private static <T> List<T> append(List<T> list, T value) {
        List<T> out = new ArrayList<>(list);
        out.add(Objects.requireNonNull(value));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "Stock" + items.keySet();
    }
}
