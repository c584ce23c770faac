package org.filiere.topology;

import java.util.List;
import org.filiere.FiliereException;
import org.filiere.validation.Violation;

/**
 * Thrown when routing or planning is asked of a network that breaks a rule; carries every violation.
 * Callers that want the problems as a value use {@link Network#violations(TopologyPolicy)} instead.
 */
public class InvalidNetworkException extends FiliereException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** @param violations the problems found, not empty */
    public InvalidNetworkException(List<Violation> violations) {
        super("invalid network: " + violations.size() + " problem(s), first: " + violations.get(0).path() + " "
                + violations.get(0).rule() + " " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    /** Every violation found. */
    public List<Violation> violations() {
        return violations;
    }
}
