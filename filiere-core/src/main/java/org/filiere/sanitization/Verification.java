package org.filiere.sanitization;

import org.filiere.internal.Require;

/**
 * The verification performed after a sanitization and what it found. Immutable.
 *
 * @param mode   how it was verified
 * @param passed true when the verification found nothing left; always false for {@link VerificationMode#NONE}
 * @param errors number of verification errors reported by the tool (0 when passed)
 * @param detail free text from the tool or operator, never null
 */
public record Verification(VerificationMode mode, boolean passed, long errors, String detail) {
    public Verification {
        Require.nonNull(mode, "verification.mode");
        Require.nonNegative(errors, "verification.errors");
        detail = detail == null ? "" : detail;
        Require.that(!(mode == VerificationMode.NONE && passed), "verification.passed",
                "an unverified sanitization cannot have passed verification");
    }

    /** No verification at all. */
    public static Verification none() {
        return new Verification(VerificationMode.NONE, false, 0, "");
    }
}
