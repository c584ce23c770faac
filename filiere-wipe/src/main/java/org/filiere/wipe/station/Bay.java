package org.filiere.wipe.station;

import org.filiere.internal.Require;

/**
 * One bay of a dock, numbered from 1. Immutable and thread-safe.
 *
 * @param dockId the dock's id
 * @param number the bay number, from 1
 */
public record Bay(String dockId, int number) implements Comparable<Bay> {
    public Bay {
        Require.nonBlank(dockId, "bay.dockId");
        Require.that(number >= 1, "bay.number", "bays are numbered from 1");
    }

    @Override
    public int compareTo(Bay o) {
        int c = dockId.compareTo(o.dockId);
        return c != 0 ? c : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return dockId + "#" + number;
    }
}
