package org.filiere.carbon;

import org.filiere.internal.Require;

/**
 * {@code count} new parts of one kind added to a device during refurbishment. Immutable.
 *
 * @param kind  the part
 * @param count how many, at least 1
 */
public record PartAdded(PartKind kind, int count) {
    public PartAdded {
        Require.nonNull(kind, "kind");
        Require.that(count >= 1, "count", "a part added must have a count of at least 1");
    }
}
