package org.filiere.wipe.schedule;

import java.util.Locale;
import org.filiere.FiliereException;

/** How a plan is built. {@link #label()} is the contract name ({@code planner}, {@code batch-fill}, {@code fifo}). */
public enum Strategy {
    /** The optimising planner (see {@link WipePlanner}). */
    PLANNER("planner"),
    /** Baseline: fill every free bay of an idle dock at an opening instant, wait for the whole batch to end. */
    BATCH_FILL("batch-fill"),
    /** Baseline: whenever a bay is free and the hub is open, load the next task in input order. */
    FIFO("fifo");

    private final String label;

    Strategy(String label) {
        this.label = label;
    }

    /** The contract name. */
    public String label() {
        return label;
    }

    /** Parses a contract name. */
    public static Strategy parse(String label) {
        for (Strategy s : values()) {
            if (s.label.equals(label.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new FiliereException("unknown strategy (planner, batch-fill or fifo)").with("strategy", label);
    }
}
