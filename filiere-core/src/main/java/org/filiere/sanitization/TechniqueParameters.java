package org.filiere.sanitization;

import org.filiere.internal.Require;

/**
 * The parameters of a technique as run: overwrite method and passes, pattern, rounds, verification mode,
 * final blanking pass. Fields that do not apply are null (firmware commands have no passes). Immutable.
 *
 * @param method   the tool's method label ({@code "zero"}, {@code "dodshort"}, {@code "sanitize-block-erase"}), or null
 * @param passes   full-medium transfers the method performs, writes and verification reads included, or null
 * @param pattern  the written pattern ({@code "0x00"}, {@code "PRNG"}), or null
 * @param rounds   how many times the method was repeated, or null
 * @param verify   the verification mode asked of the tool
 * @param blanking whether a final zero pass was written, or null when not applicable
 */
public record TechniqueParameters(String method, Integer passes, String pattern, Integer rounds,
                                  VerificationMode verify, Boolean blanking) {
    public TechniqueParameters {
        Require.nonNull(verify, "parameters.verify");
        Require.that(passes == null || passes >= 0, "parameters.passes", "passes must not be negative");
        Require.that(rounds == null || rounds >= 1, "parameters.rounds", "rounds must be at least 1");
    }

    /** Parameters of a firmware command: no passes, pattern, rounds or blanking. */
    public static TechniqueParameters firmware(String method, VerificationMode verify) {
        return new TechniqueParameters(method, null, null, null, verify, null);
    }
}
