package org.filiere.allocation;

import java.time.Instant;
import org.filiere.internal.Require;

/**
 * A device held for one request from {@code from} until {@code until} (exclusive). Immutable.
 *
 * @param deviceId  the device held
 * @param requestId the request it is held for
 * @param from      when the hold started
 * @param until     when it lapses; after it the device is available again
 */
public record Reservation(String deviceId, String requestId, Instant from, Instant until) {
    public Reservation {
        Require.nonBlank(deviceId, "reservation.deviceId");
        Require.nonBlank(requestId, "reservation.requestId");
        Require.nonNull(from, "reservation.from");
        Require.nonNull(until, "reservation.until");
        Require.that(until.isAfter(from), "reservation.until", "a reservation must end after it starts");
    }

    /** Whether the hold is in force at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return !now.isBefore(from) && now.isBefore(until);
    }
}
