package org.filiere.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filiere.FiliereException;
import org.filiere.internal.Require;

/**
 * Proposes allocations of available devices to open requests. Deterministic: the same input gives the same
 * output whatever the order of the input lists. Stateless and thread-safe.
 *
 * <p>Algorithm (greedy, in serving order):
 * <ol>
 *   <li>Requests are served in this order: those naming at least one {@link PriorityPublic} first; then
 *       the oldest {@code createdOn}; then the smallest id (string order).</li>
 *   <li>Only {@link StockState#AVAILABLE} devices are considered; a device meets a request when the category
 *       is the same and RAM and storage reach the minimums.</li>
 *   <li>Among the devices still free that meet the request, the matcher takes the smallest sufficient one
 *       (least RAM, then least storage), so that bigger devices stay for the requests that need them; then
 *       the one available the longest ({@code availableSince}); then the smallest id.</li>
 *   <li>Each request gets at most one device, each device goes to at most one request.</li>
 *   <li>A request without a device gets the first {@link UnservedReason} that applies.</li>
 * </ol>
 * Greedy best-fit does not maximise the number of requests served; it guarantees that no request is ever
 * passed over for one that comes later in serving order, which is the fairness rule the network asked for.
 *
 * <pre>{@code
 * MatchResult result = Matcher.propose(stock.snapshot(), openRequests);
 * }</pre>
 */
public final class Matcher {
    /** The serving order of requests. */
    public static final Comparator<DeviceRequest> SERVING_ORDER =
            Comparator.comparing((DeviceRequest r) -> !r.isPriority())
                    .thenComparing(DeviceRequest::createdOn)
                    .thenComparing(DeviceRequest::id);

    /** The preference among devices that meet a request. */
    public static final Comparator<StockDevice> DEVICE_PREFERENCE =
            Comparator.comparingInt(StockDevice::ramGb)
                    .thenComparingInt(StockDevice::storageGb)
                    .thenComparing(StockDevice::availableSince)
                    .thenComparing(StockDevice::id);

    private Matcher() {
    }

    /**
     * Proposes allocations. Throws {@link FiliereException} when two devices or two requests share an id.
     */
    public static MatchResult propose(Collection<StockDevice> stock, Collection<DeviceRequest> requests) {
        List<StockDevice> devices = new ArrayList<>(Require.copy(stock, "stock"));
        List<DeviceRequest> queue = new ArrayList<>(Require.copy(requests, "requests"));
        requireUniqueIds(devices.stream().map(StockDevice::id).toList(), "device");
        requireUniqueIds(queue.stream().map(DeviceRequest::id).toList(), "request");

        List<StockDevice> available = new ArrayList<>(devices.stream()
                .filter(d -> d.state() == StockState.AVAILABLE).toList());
        available.sort(DEVICE_PREFERENCE);
        queue.sort(SERVING_ORDER);

        Map<String, String> holderOfDevice = new LinkedHashMap<>();
        List<Allocation> allocations = new ArrayList<>();
        List<Unserved> unserved = new ArrayList<>();
        for (DeviceRequest r : queue) {
            StockDevice chosen = null;
            for (StockDevice d : available) {
                if (!holderOfDevice.containsKey(d.id()) && d.meets(r.need())) {
                    chosen = d;
                    break;
                }
            }
            if (chosen != null) {
                holderOfDevice.put(chosen.id(), r.id());
                allocations.add(new Allocation(r.id(), chosen.id()));
            } else {
                unserved.add(explain(r, available, holderOfDevice));
            }
        }
        return new MatchResult(allocations, unserved);
    }

    private static Unserved explain(DeviceRequest r, List<StockDevice> available, Map<String, String> holders) {
        Need need = r.need();
        List<StockDevice> sameCategory = available.stream().filter(d -> d.category() == need.category()).toList();
        if (sameCategory.isEmpty()) {
            return new Unserved(r.id(), UnservedReason.NO_DEVICE_OF_CATEGORY, need, List.of());
        }
        List<StockDevice> enoughRam = sameCategory.stream().filter(d -> d.ramGb() >= need.minRamGb()).toList();
        if (enoughRam.isEmpty()) {
            return new Unserved(r.id(), UnservedReason.NOT_ENOUGH_RAM, need, List.of());
        }
        List<StockDevice> meeting = enoughRam.stream().filter(d -> d.storageGb() >= need.minStorageGb()).toList();
        if (meeting.isEmpty()) {
            return new Unserved(r.id(), UnservedReason.NOT_ENOUGH_STORAGE, need, List.of());
        }
        // Every meeting device is held: report which requests hold them, in serving order, once each.
        Set<String> meetingIds = new HashSet<>();
        meeting.forEach(d -> meetingIds.add(d.id()));
        List<String> takenBy = holders.entrySet().stream()
                .filter(e -> meetingIds.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        return new Unserved(r.id(), UnservedReason.TAKEN_BY_HIGHER_PRIORITY, need, takenBy);
    }

    private static void requireUniqueIds(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new FiliereException("duplicate " + what + " id").with(what, id);
            }
        }
    }
}
