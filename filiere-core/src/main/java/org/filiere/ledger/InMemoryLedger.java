package org.filiere.ledger;

import java.util.ArrayList;
import java.util.List;
import org.filiere.internal.Require;

/**
 * A {@link Ledger} held in memory: not durable, for tests and simulations. Thread-safe.
 */
public final class InMemoryLedger implements Ledger {
    private final List<LedgerEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(LedgerEntry entry) {
        entries.add(Require.nonNull(entry, "entry"));
    }

    @Override
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }
}
