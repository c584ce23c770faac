package org.filiere.reporting.journal;

import java.time.Instant;
import org.filiere.internal.Require;
import org.filiere.ledger.LedgerEntry;

/**
 * One intact line of the journal: its sequence number (1-based, equal to its line number), when it was
 * written, the entry, and its chain hash. Immutable.
 *
 * @param seq        the entry's position, starting at 1
 * @param recordedAt when the journal wrote it (the injected clock)
 * @param entry      the recorded fact
 * @param prevHash   the previous line's hash ({@link Journal#GENESIS} for the first)
 * @param hash       SHA-256 (hex) over {@code prevHash} and the canonical JSON of the line without its hash
 */
public record JournalLine(long seq, Instant recordedAt, LedgerEntry entry, String prevHash, String hash) {
    public JournalLine {
        Require.that(seq >= 1, "seq", "sequence numbers start at 1");
        Require.nonNull(recordedAt, "recordedAt");
        Require.nonNull(entry, "entry");
        Require.nonBlank(prevHash, "prevHash");
        Require.nonBlank(hash, "hash");
    }
}
