package org.filiere.reporting.journal;

import java.util.List;
import org.filiere.internal.Require;
import org.filiere.ledger.LedgerEntry;
import org.filiere.ledger.LedgerState;

/**
 * What reading a journal gave: the intact lines (every line before the first bad one) and the check.
 * Immutable.
 *
 * @param lines the intact lines, in order
 * @param check what the chain check found
 */
public record JournalContents(List<JournalLine> lines, JournalCheck check) {
    public JournalContents {
        lines = Require.copy(lines, "lines");
        Require.nonNull(check, "check");
    }

    /** The entries of the intact lines, in order. */
    public List<LedgerEntry> entries() {
        return lines.stream().map(JournalLine::entry).toList();
    }

    /** The state rebuilt from the intact entries. */
    public LedgerState state() {
        return LedgerState.of(entries());
    }
}
