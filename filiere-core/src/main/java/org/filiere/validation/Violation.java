package org.filiere.validation;

import java.util.Objects;
import org.filiere.FiliereException;

/**
 * One problem found in an input document or a domain object: where it is, which named rule it breaks, and
 * a human-readable message. Immutable.
 *
 * @param path    where the problem is, in JSON-path-like notation ({@code devices[0].declaredValueEur}),
 *                or {@code ""} for the whole document
 * @param rule    the upper-case name of the rule, stable for tools ({@code PUBLIC_UNIT_VALUE_CAP})
 * @param message a sentence a person can act on
 */
public record Violation(String path, String rule, String message) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        if (rule.isBlank()) {
            throw new FiliereException("rule must not be blank");
        }
    }
}
