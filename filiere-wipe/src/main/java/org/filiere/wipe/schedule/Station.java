package org.filiere.wipe.schedule;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filiere.FiliereException;
import org.filiere.internal.Require;

/**
 * The wipe station ({@code station.json}): docks, opening hours, how many operators can handle disks at the
 * same instant and how long one handling (load or swap) takes. Immutable and thread-safe.
 *
 * @param openingHours    when handlings may happen, with the time zone
 * @param operators       maximum number of simultaneous handlings, at least 1
 * @param handlingSeconds length of one handling, at least 1 and no longer than the longest window
 * @param docks           the docks, with unique ids, at least one
 */
public record Station(OpeningHours openingHours, int operators, long handlingSeconds, List<Dock> docks) {
    public Station {
        Require.nonNull(openingHours, "openingHours");
        Require.that(operators >= 1, "operators", "at least one operator");
        Require.that(handlingSeconds >= 1, "handlingSeconds", "handling takes at least one second");
        docks = Require.copy(docks, "docks");
        Require.that(!docks.isEmpty(), "docks", "at least one dock");
        Set<String> ids = new HashSet<>();
        for (Dock d : docks) {
            if (!ids.add(d.id())) {
                throw new FiliereException("duplicate dock id").with("dock", d.id());
            }
        }
        long longest = openingHours.windows().stream().mapToLong(OpeningHours.Window::nominalSeconds).max().orElse(0);
        Require.that(longest >= handlingSeconds, "handlingSeconds",
                "no opening window is long enough for one handling");
    }

    /** The hub's time zone. */
    public ZoneId zone() {
        return openingHours.zone();
    }

    /** Total number of bays. */
    public int totalBays() {
        return docks.stream().mapToInt(Dock::bays).sum();
    }

    /** Whether some dock accepts {@code task}. */
    public boolean canRun(Task task) {
        return docks.stream().anyMatch(d -> d.accepts(task));
    }
}
