package org.filiere.wipe.verify;

import org.filiere.internal.Require;

/**
 * One byte range the read-back reads, before and after the erase. Immutable.
 *
 * @param subsection the subsection it belongs to (0-based)
 * @param kind       why it is read
 * @param offset     first byte
 * @param length     bytes (at least 1)
 */
public record SampleLocation(int subsection, Kind kind, long offset, long length) {
    /** Why a location is read. */
    public enum Kind {
        /** The first addressable block of the subsection. */
        FIRST,
        /** A pseudorandom location (NIST: at least two per subsection, non-overlapping). */
        PSEUDORANDOM,
        /** The last addressable block of the subsection (with the medium's unaligned tail on the last one). */
        LAST,
        /** The whole subsection, when it is too small to hold the first, last and pseudorandom locations apart. */
        WHOLE
    }

    public SampleLocation {
        Require.that(subsection >= 0, "location.subsection", "must not be negative");
        Require.nonNull(kind, "location.kind");
        Require.that(offset >= 0, "location.offset", "must not be negative");
        Require.that(length >= 1, "location.length", "at least one byte");
    }

    /** The byte after the last one. */
    public long end() {
        return offset + length;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " location of subsection " + subsection + " at byte "
                + offset + " (" + length + " bytes)";
    }
}
