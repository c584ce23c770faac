package org.filiere.wipe.station;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.filiere.internal.Require;

/**
 * When volunteers are at the hub to load and swap disks. Work already started continues when the hub is
 * closed; only handling (loading a disk) needs the hub open. Immutable and thread-safe.
 *
 * <pre>{@code
 * OpeningHours h = OpeningHours.of(ZoneId.of("Europe/Paris"),
 *         new OpeningHours.Window(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
 *                 LocalTime.of(9, 0), LocalTime.of(17, 0)));
 * Instant next = h.nextStart(now, Duration.ofMinutes(2));
 * }</pre>
 *
 * @param zone    the hub's time zone
 * @param windows the weekly opening windows (empty means always open)
 */
public record OpeningHours(ZoneId zone, List<Window> windows) {
    public OpeningHours {
        Require.nonNull(zone, "openingHours.zone");
        windows = Require.copy(windows, "openingHours.windows");
    }

    /**
     * One weekly opening window: on each of {@code days}, from {@code from} to {@code to} the same day.
     *
     * @param days the days it applies to
     * @param from opening time
     * @param to   closing time, after {@code from}
     */
    public record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        public Window {
            Require.that(days != null && !days.isEmpty(), "window.days", "a window applies to at least one day");
            days = Set.copyOf(EnumSet.copyOf(days));
            Require.nonNull(from, "window.from");
            Require.nonNull(to, "window.to");
            Require.that(from.isBefore(to), "window.to", "a window closes after it opens, the same day");
        }
    }

    /** Always open (a station at someone's desk, the CLI's {@code wipe}). */
    public static OpeningHours always() {
        return new OpeningHours(ZoneId.of("UTC"), List.of());
    }

    /** Opening hours from windows. */
    public static OpeningHours of(ZoneId zone, Window... windows) {
        return new OpeningHours(zone, List.of(windows));
    }

    /** True when there is no closing time. */
    public boolean isAlwaysOpen() {
        return windows.isEmpty();
    }

    /** True when {@code [start, start + length]} lies inside one opening window. */
    public boolean contains(Instant start, Duration length) {
        if (windows.isEmpty()) {
            return true;
        }
        Instant end = start.plus(length);
        for (Interval i : intervalsOf(start.atZone(zone).toLocalDate())) {
            if (!start.isBefore(i.from) && !end.isAfter(i.to)) {
                return true;
            }
        }
        return false;
    }

    /** The earliest instant at or after {@code t} where {@code [s, s + length]} fits in one window. */
    public Instant nextStart(Instant t, Duration length) {
        if (windows.isEmpty()) {
            return t;
        }
        LocalDate day = t.atZone(zone).toLocalDate();
        for (int d = 0; d < 8; d++) {
            Instant best = null;
            for (Interval i : intervalsOf(day.plusDays(d))) {
                Instant s = t.isAfter(i.from) ? t : i.from;
                if (!s.plus(length).isAfter(i.to) && (best == null || s.isBefore(best))) {
                    best = s;
                }
            }
            if (best != null) {
                return best;
            }
        }
        throw new org.filiere.FiliereException("no opening window is long enough for one disk handling")
                .with("handling", length);
    }

    /** The opening intervals that intersect {@code [from, to)}, in order (for charts). */
    public List<Instant[]> intervals(Instant from, Instant to) {
        List<Instant[]> out = new ArrayList<>();
        if (windows.isEmpty()) {
            out.add(new Instant[] {from, to});
            return out;
        }
        for (LocalDate d = from.atZone(zone).toLocalDate(); !d.atStartOfDay(zone).toInstant().isAfter(to);
                d = d.plusDays(1)) {
            for (Interval i : intervalsOf(d)) {
                if (i.to.isAfter(from) && i.from.isBefore(to)) {
                    out.add(new Instant[] {i.from.isBefore(from) ? from : i.from, i.to.isAfter(to) ? to : i.to});
                }
            }
        }
        out.sort((a, b) -> a[0].compareTo(b[0]));
        return out;
    }

    private List<Interval> intervalsOf(LocalDate day) {
        List<Interval> out = new ArrayList<>();
        for (Window w : windows) {
            if (w.days().contains(day.getDayOfWeek())) {
                out.add(new Interval(ZonedDateTime.of(day, w.from(), zone).toInstant(),
                        ZonedDateTime.of(day, w.to(), zone).toInstant()));
            }
        }
        return out;
    }

    private record Interval(Instant from, Instant to) {
    }
}
