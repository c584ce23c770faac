package org.filiere.reporting.journal;

import org.filiere.internal.Require;

/**
 * The outcome of checking a journal's hash chain. Immutable.
 *
 * @param status       intact, torn last line, or tampered
 * @param goodEntries  how many entries, from the first, are intact and chained
 * @param firstBadLine the 1-based line of the first bad entry, or 0 when intact
 * @param reason       what is wrong with that line, or {@code ""} when intact
 * @param lastGoodHash the hash of the last intact entry ({@link Journal#GENESIS} when there is none)
 * @param goodBytes    the length of the intact prefix of the file, in bytes
 */
public record JournalCheck(Status status, int goodEntries, int firstBadLine, String reason, String lastGoodHash,
                           long goodBytes) {

    /** What a check found. */
    public enum Status {
        /** Every line is present, well-formed and chained. */
        INTACT,
        /**
         * The last line is incomplete (no final newline): a write was cut short, typically by a power cut.
         * Every entry before it is intact; the incomplete line was never acknowledged to its writer.
         */
        TORN_TAIL,
        /** A line was changed, removed, inserted or reordered: the chain breaks at {@code firstBadLine}. */
        TAMPERED
    }

    public JournalCheck {
        Require.nonNull(status, "status");
        Require.nonNegative(goodEntries, "goodEntries");
        Require.nonNull(reason, "reason");
        Require.nonBlank(lastGoodHash, "lastGoodHash");
        Require.that((status == Status.INTACT) == (firstBadLine == 0), "firstBadLine",
                "an intact journal has no bad line and a broken one has one");
    }

    /** True when the journal is intact. */
    public boolean intact() {
        return status == Status.INTACT;
    }
}
