package org.filiere.reporting.impact;

import java.time.LocalDate;
import org.filiere.carbon.DonatedDevice;
import org.filiere.internal.Require;

/**
 * Which devices an impact sheet covers: those of one donor, of one agreement, or dated within a period
 * (inclusive), or all of them. Immutable.
 *
 * @param kind  the kind of scope
 * @param value the donor id or agreement id, or null for PERIOD and ALL
 * @param from  first day of the period, or null
 * @param to    last day of the period, or null
 */
public record SheetScope(Kind kind, String value, LocalDate from, LocalDate to) {
    /** The kinds of scope. */
    public enum Kind {
        DONOR, AGREEMENT, PERIOD, ALL
    }

    public SheetScope {
        Require.nonNull(kind, "scope.kind");
        if (kind == Kind.DONOR || kind == Kind.AGREEMENT) {
            Require.nonBlank(value, "scope.value");
        }
        if (kind == Kind.PERIOD) {
            Require.nonNull(from, "scope.from");
            Require.nonNull(to, "scope.to");
            Require.that(!to.isBefore(from), "scope.to", "a period cannot end before it starts");
        }
    }

    public static SheetScope donor(String id) {
        return new SheetScope(Kind.DONOR, id, null, null);
    }

    public static SheetScope agreement(String id) {
        return new SheetScope(Kind.AGREEMENT, id, null, null);
    }

    public static SheetScope period(LocalDate from, LocalDate to) {
        return new SheetScope(Kind.PERIOD, null, from, to);
    }

    public static SheetScope all() {
        return new SheetScope(Kind.ALL, null, null, null);
    }

    /** True when {@code d} is in this scope (a device without a date is outside every period). */
    public boolean includes(DonatedDevice d) {
        return switch (kind) {
            case DONOR -> value.equals(d.donorId());
            case AGREEMENT -> value.equals(d.agreementId());
            case PERIOD -> d.date() != null && !d.date().isBefore(from) && !d.date().isAfter(to);
            case ALL -> true;
        };
    }

    /** A short label for the sheet's id and file names. */
    public String label() {
        return switch (kind) {
            case DONOR, AGREEMENT -> value;
            case PERIOD -> from + "_" + to;
            case ALL -> "all";
        };
    }
}
