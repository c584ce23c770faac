package org.filiere.ledger;

import java.util.List;

/**
 * The port through which the hub records what happens (custody events, wipes, sanitization records,
 * certificates) so that nothing is lost: {@link #append(LedgerEntry)} returns only once the entry is durable.
 * The wipe station depends on this interface only; the application wires the durable, hash-chained journal
 * of {@code filiere-reporting} ({@code org.filiere.reporting.journal.Journal}) into it, and tests may use
 * {@link InMemoryLedger}.
 *
 * <p>Implementations must be thread-safe: several wipe threads append concurrently.
 *
 * <pre>{@code
 * ledger.append(new LedgerEntry.WipeStarted(serial, "/dev/sdb", Technique.OVERWRITE, "nwipe", clock.instant()));
 * ...
 * ledger.append(new LedgerEntry.SanitizationRecorded(record));   // durable before the result is reported
 * LedgerState state = LedgerState.of(ledger.entries());
 * }</pre>
 */
public interface Ledger {

    /**
     * Appends {@code entry}; when this returns normally the entry survives a crash or power cut.
     *
     * @throws org.filiere.FiliereException when the entry cannot be written durably
     */
    void append(LedgerEntry entry);

    /** Every entry appended so far, oldest first (an immutable snapshot). */
    List<LedgerEntry> entries();

    /** The state rebuilt from {@link #entries()}. */
    default LedgerState state() {
        return LedgerState.of(entries());
    }
}
