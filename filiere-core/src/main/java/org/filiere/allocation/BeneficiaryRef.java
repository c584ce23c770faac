package org.filiere.allocation;

import java.util.Optional;
import java.util.regex.Pattern;
import org.filiere.FiliereException;

/**
 * A pseudonymous reference to a beneficiary, issued and kept by the prescriber: the library never holds a
 * name, address or social data (GDPR art. 5(1)(c), data minimisation). Immutable.
 *
 * <p>The check is a deliberately simple heuristic meant to stop obvious mistakes, not to prove anonymity:
 * a reference is 2 to 32 characters of ASCII letters, digits, {@code -} and {@code _}, with at least one
 * digit. So {@code B-7F3A}, {@code B-91} or {@code 2026_0042} pass, while an e-mail address ({@code @},
 * {@code .}), a phone number with spaces, or a name ({@code Jean Dupont}, {@code DUPONT}: no digit) are
 * refused. A prescriber should still generate references that carry no meaning.
 *
 * <pre>{@code
 * BeneficiaryRef ref = new BeneficiaryRef("B-7F3A");
 * }</pre>
 *
 * @param value the reference
 */
public record BeneficiaryRef(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{2,32}");
    private static final Pattern DIGIT = Pattern.compile(".*[0-9].*");

    public BeneficiaryRef {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new FiliereException(problem.get()).with("field", "beneficiaryRef").with("value", value);
        }
    }

    /**
     * Why {@code value} does not look pseudonymous, or empty when it does. Lets input validation report the
     * problem as a violation instead of an exception.
     */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("beneficiary reference is missing");
        }
        if (!SHAPE.matcher(value).matches()) {
            return Optional.of("beneficiary reference must be 2 to 32 letters, digits, '-' or '_' "
                    + "(no spaces, '@' or '.': it must not be a name, e-mail or phone number)");
        }
        if (!DIGIT.matcher(value).matches()) {
            return Optional.of("beneficiary reference must contain a digit (it must not be a name)");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
