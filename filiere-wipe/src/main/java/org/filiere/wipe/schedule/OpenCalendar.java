package org.filiere.wipe.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.filiere.FiliereException;

/**
 * The opening intervals of a station as seconds relative to an origin (the workload start), materialised
 * lazily day by day and searched by bisection. Not thread-safe: one instance per planning run.
 */
final class OpenCalendar {
    /** Searching more days than this without a usable opening means the calendar is empty in practice. */
    private static final int MAX_DAYS = 800;

    private final OpeningHours hours;
    private final long originEpoch;
    private final long handling;
    private long[] from = new long[64];
    private long[] to = new long[64];
    private int size;
    private LocalDate nextDay;
    private int daysWithoutOpening;

    OpenCalendar(OpeningHours hours, Instant origin, long handlingSeconds) {
        this.hours = hours;
        this.originEpoch = origin.getEpochSecond();
        this.handling = handlingSeconds;
        this.nextDay = origin.atZone(hours.zone()).toLocalDate().minusDays(1);
    }

    long handling() {
        return handling;
    }

    private void generateDay() {
        if (daysWithoutOpening++ > MAX_DAYS) {
            throw new FiliereException("no opening interval long enough for a handling").with("days", MAX_DAYS);
        }
        LocalDate day = nextDay;
        nextDay = nextDay.plusDays(1);
        DayOfWeek dow = day.getDayOfWeek();
        List<long[]> spans = new ArrayList<>();
        for (OpeningHours.Window w : hours.windows()) {
            if (w.days().contains(dow)) {
                long a = ZonedDateTime.of(day, w.from(), hours.zone()).toEpochSecond() - originEpoch;
                long b = ZonedDateTime.of(day, w.to(), hours.zone()).toEpochSecond() - originEpoch;
                if (a < b) {
                    spans.add(new long[] {a, b});
                }
            }
        }
        spans.sort((x, y) -> Long.compare(x[0], y[0]));
        long ca = Long.MIN_VALUE;
        long cb = Long.MIN_VALUE;
        for (long[] s : spans) {
            if (ca != Long.MIN_VALUE && s[0] <= cb) {
                cb = Math.max(cb, s[1]);
            } else {
                if (ca != Long.MIN_VALUE) {
                    add(ca, cb);
                }
                ca = s[0];
                cb = s[1];
            }
        }
        if (ca != Long.MIN_VALUE) {
            add(ca, cb);
        }
    }

    private void add(long a, long b) {
        if (b <= 0) {
            return; // entirely before the origin
        }
        a = Math.max(a, 0);
        if (b - a < handling) {
            return; // no handling fits: useless for every purpose of the planner
        }
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            to = Arrays.copyOf(to, size * 2);
        }
        from[size] = a;
        to[size] = b;
        size++;
        daysWithoutOpening = 0;
    }

    /**
     * The i-th opening interval (0-based) that starts or continues after the origin and is long enough for a
     * handling: {@code [from(i), to(i))}.
     */
    long from(int i) {
        ensure(i);
        return from[i];
    }

    long to(int i) {
        ensure(i);
        return to[i];
    }

    private void ensure(int i) {
        while (size <= i) {
            generateDay();
        }
    }

    /** Index of the first interval whose last feasible handling start is at or after {@code t}. */
    int indexFor(long t) {
        // materialise until the last interval's end covers t
        while (size == 0 || to[size - 1] - handling < t) {
            generateDay();
        }
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (to[mid] - handling < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The earliest s >= t such that [s, s + handling] lies inside one opening interval. */
    long nextStart(long t) {
        int i = indexFor(t);
        return Math.max(t, from[i]);
    }

    /** Whether a handling may start at t. */
    boolean canStart(long t) {
        return nextStart(t) == t;
    }

    /** The end of the opening interval used by a handling starting at t (t must be a feasible start). */
    long closeAfter(long t) {
        return to[indexFor(t)];
    }
}
