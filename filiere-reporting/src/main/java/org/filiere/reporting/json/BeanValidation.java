package org.filiere.reporting.json;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import org.filiere.validation.Violation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Bean Validation (Hibernate Validator) on an input document and returns every problem as a
 * {@link Violation} with its path, sorted by path, so that all of them can be reported at once.
 *
 * <p>Uses the parameter-only message interpolator so that no Expression Language implementation is needed
 * at run time. Thread-safe.
 */
public final class BeanValidation {
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private BeanValidation() {
    }

    /**
     * Validates {@code document}; each violation's rule is the constraint's simple name in upper snake case
     * ({@code NotBlank} becomes {@code NOT_BLANK}).
     */
    public static List<Violation> validate(Object document) {
        return VALIDATOR.validate(document).stream()
                .map(BeanValidation::toViolation)
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::rule))
                .toList();
    }

    private static Violation toViolation(ConstraintViolation<?> v) {
        String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        String path = v.getPropertyPath().toString().replaceAll("\\[(\\d+)\\]\\.", "[$1].")
                .replaceAll("\\.?<[^>]*>", "");
        return new Violation(path, rule, v.getMessage());
    }
}
