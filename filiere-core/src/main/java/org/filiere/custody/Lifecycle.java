package org.filiere.custody;

import static org.filiere.custody.DeviceState.AVAILABLE;
import static org.filiere.custody.DeviceState.DELIVERED;
import static org.filiere.custody.DeviceState.IN_PREPARATION;
import static org.filiere.custody.DeviceState.NOT_RECEIVED;
import static org.filiere.custody.DeviceState.RECYCLED;
import static org.filiere.custody.DeviceState.REFURBISHED;
import static org.filiere.custody.DeviceState.RESERVED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transition table of a device's life: for each {@link DeviceState}, which {@link EventType}s are
 * allowed and the state each leads to. This is the whole state machine; {@link DeviceHistory} adds the
 * checks that depend on content (media sanitized, right site, right reservation). Immutable, thread-safe.
 *
 * <p>Notable choices:
 * <ul>
 *   <li>A medium event (sanitized, destroyed, removed) after refurbishment sends the device back to
 *       {@code IN_PREPARATION}: the installed system is gone or changed and must be reinstalled.</li>
 *   <li>A returned device goes back to {@code IN_PREPARATION}: its media must be sanitized again.</li>
 *   <li>{@code RECYCLED} allows nothing.</li>
 * </ul>
 *
 * <pre>{@code
 * Lifecycle.allowed(DeviceState.AVAILABLE);                          // [TRANSFERRED, GRADED, RESERVED, ...]
 * Lifecycle.target(DeviceState.RESERVED, EventType.DELIVERED);       // Optional[DELIVERED]
 * }</pre>
 */
public final class Lifecycle {
    private static final Map<DeviceState, Map<EventType, DeviceState>> TABLE = table();

    private Lifecycle() {
    }

    private static Map<DeviceState, Map<EventType, DeviceState>> table() {
        Map<DeviceState, Map<EventType, DeviceState>> t = new EnumMap<>(DeviceState.class);
        for (DeviceState s : DeviceState.values()) {
            t.put(s, new EnumMap<>(EventType.class));
        }
        t.get(NOT_RECEIVED).put(EventType.RECEIVED, IN_PREPARATION);

        Map<EventType, DeviceState> prep = t.get(IN_PREPARATION);
        prep.put(EventType.TRANSFERRED, IN_PREPARATION);
        prep.put(EventType.MEDIUM_SANITIZED, IN_PREPARATION);
        prep.put(EventType.MEDIUM_DESTROYED, IN_PREPARATION);
        prep.put(EventType.MEDIUM_REMOVED, IN_PREPARATION);
        prep.put(EventType.GRADED, IN_PREPARATION);
        prep.put(EventType.REFURBISHED, REFURBISHED);
        prep.put(EventType.RECYCLED, RECYCLED);

        Map<EventType, DeviceState> refurb = t.get(REFURBISHED);
        refurb.put(EventType.TRANSFERRED, REFURBISHED);
        refurb.put(EventType.GRADED, REFURBISHED);
        refurb.put(EventType.REFURBISHED, REFURBISHED);
        refurb.put(EventType.MEDIUM_SANITIZED, IN_PREPARATION);
        refurb.put(EventType.MEDIUM_DESTROYED, IN_PREPARATION);
        refurb.put(EventType.MEDIUM_REMOVED, IN_PREPARATION);
        refurb.put(EventType.MADE_AVAILABLE, AVAILABLE);
        refurb.put(EventType.RECYCLED, RECYCLED);

        Map<EventType, DeviceState> avail = t.get(AVAILABLE);
        avail.put(EventType.TRANSFERRED, AVAILABLE);
        avail.put(EventType.GRADED, AVAILABLE);
        avail.put(EventType.RESERVED, RESERVED);
        avail.put(EventType.DELIVERED, DELIVERED);
        avail.put(EventType.RECYCLED, RECYCLED);

        Map<EventType, DeviceState> reserved = t.get(RESERVED);
        reserved.put(EventType.TRANSFERRED, RESERVED);
        reserved.put(EventType.RESERVATION_RELEASED, AVAILABLE);
        reserved.put(EventType.DELIVERED, DELIVERED);

        t.get(DELIVERED).put(EventType.RETURNED, IN_PREPARATION);

        Map<DeviceState, Map<EventType, DeviceState>> frozen = new EnumMap<>(DeviceState.class);
        t.forEach((s, m) -> frozen.put(s, Collections.unmodifiableMap(m)));
        return Collections.unmodifiableMap(frozen);
    }

    /** The event types allowed in {@code state} (empty for {@code RECYCLED}), in declaration order. */
    public static Set<EventType> allowed(DeviceState state) {
        return Collections.unmodifiableSet(TABLE.get(state).keySet());
    }

    /** The state {@code type} leads to from {@code state}, or empty when it is not allowed there. */
    public static Optional<DeviceState> target(DeviceState state, EventType type) {
        return Optional.ofNullable(TABLE.get(state).get(type));
    }

    /** True when {@code type} is allowed in {@code state}. */
    public static boolean isAllowed(DeviceState state, EventType type) {
        return TABLE.get(state).containsKey(type);
    }
}
