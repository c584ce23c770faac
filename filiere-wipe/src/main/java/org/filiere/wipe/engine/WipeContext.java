package org.filiere.wipe.engine;

import java.time.Clock;
import org.filiere.internal.Require;

/**
 * Who runs wipes, where, and the clock that timestamps the records. Injected into engines so that records are
 * reproducible in tests. Immutable and thread-safe.
 *
 * @param clock    the time source of {@code startedAt} / {@code endedAt}
 * @param operator the operator's name or volunteer id
 * @param siteId   the topology site id of the station
 */
public record WipeContext(Clock clock, String operator, String siteId) {
    public WipeContext {
        Require.nonNull(clock, "clock");
        Require.nonBlank(operator, "operator");
        Require.nonBlank(siteId, "siteId");
    }
}
