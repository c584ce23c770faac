package org.filiere.sanitization;

/**
 * How thoroughly a medium must be sanitized, ordered from weakest to strongest:
 * {@code REINSTALL < CLEAR < PURGE < DESTROY}. Immutable and thread-safe.
 *
 * <p>CLEAR, PURGE and DESTROY are the levels of NIST SP 800-88 Rev. 1 §2.5. REINSTALL is not a NIST level:
 * it is the workshop report's rule that an individual's computer only needs a clean OS reinstall.
 */
public enum Level {
    REINSTALL, CLEAR, PURGE, DESTROY;

    /** True when this level is at least as strong as {@code required}. */
    public boolean satisfies(Level required) {
        return compareTo(required) >= 0;
    }
}
