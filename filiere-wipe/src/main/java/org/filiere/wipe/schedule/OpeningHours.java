package org.filiere.wipe.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.filiere.internal.Require;

/**
 * When volunteers are present at the hub, in a time zone (daylight-saving changes included). An opening
 * interval is the union of the windows of one local day that overlap or touch; a disk handling must lie
 * inside one opening interval. Immutable and thread-safe.
 *
 * <pre>{@code
 * OpeningHours hours = new OpeningHours(ZoneId.of("Europe/Paris"), List.of(new OpeningHours.Window(
 *         EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))));
 * }</pre>
 *
 * @param zone    the hub's time zone
 * @param windows the weekly windows, at least one
 */
public record OpeningHours(ZoneId zone, List<Window> windows) {
    public OpeningHours {
        Require.nonNull(zone, "timeZone");
        windows = Require.copy(windows, "openingHours");
        Require.that(!windows.isEmpty(), "openingHours", "at least one opening window");
    }

    /**
     * A weekly window: on each of {@code days}, open from {@code from} to {@code to} local time (same day).
     *
     * @param days days of the week, at least one
     * @param from opening time
     * @param to   closing time, after {@code from}
     */
    public record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        public Window {
            Require.nonNull(days, "days");
            Require.that(!days.isEmpty(), "days", "at least one day");
            days = Collections.unmodifiableSet(EnumSet.copyOf(days));
            Require.nonNull(from, "from");
            Require.nonNull(to, "to");
            Require.that(from.isBefore(to), "from", "from must be before to");
        }

        /** The window's nominal length in seconds (ignoring daylight-saving changes). */
        public long nominalSeconds() {
            return to.toSecondOfDay() - from.toSecondOfDay();
        }
    }
}
