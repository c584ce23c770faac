package org.filiere.internal;

import java.util.Collection;
import java.util.List;
import org.filiere.FiliereException;

/**
 * Argument checks for record constructors, throwing {@link FiliereException} with the field name.
 * Internal: not part of the public API. Stateless and thread-safe.
 */
public final class Require {
    private Require() {
    }

    /** Returns {@code value} or throws when it is null. */
    public static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new FiliereException("missing value").with("field", field);
        }
        return value;
    }

    /** Returns {@code value} or throws when it is null or blank. */
    public static String nonBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new FiliereException("missing or blank value").with("field", field);
        }
        return value;
    }

    /** Returns {@code value} or throws when it is negative. */
    public static long nonNegative(long value, String field) {
        if (value < 0) {
            throw new FiliereException("negative value").with("field", field).with("value", value);
        }
        return value;
    }

    /** Returns {@code value} or throws when it is negative or not finite. */
    public static double nonNegative(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new FiliereException("negative or non-finite value").with("field", field).with("value", value);
        }
        return value;
    }

    /** An immutable copy of {@code values} (null becomes empty); throws on null elements. */
    public static <T> List<T> copy(Collection<? extends T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw new FiliereException("null element").with("field", field);
            }
        }
        return List.copyOf(values);
    }

    /** Throws with {@code reason} and the field when {@code condition} is false. */
    public static void that(boolean condition, String field, String reason) {
        if (!condition) {
            throw new FiliereException(reason).with("field", field);
        }
    }
}
