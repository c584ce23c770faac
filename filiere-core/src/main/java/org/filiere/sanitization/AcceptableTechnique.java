package org.filiere.sanitization;

import org.filiere.internal.Require;

/**
 * A technique that reaches the required level on this medium and can run on this drive at this station.
 * Immutable and thread-safe.
 *
 * @param technique    the technique
 * @param achieves     the level it reaches on this medium (at least the required level)
 * @param verification the verification it needs before the level may be certified
 * @param reference    the standard that gives it this level
 */
public record AcceptableTechnique(Technique technique, Level achieves, VerificationRequirement verification,
                                  StandardReference reference) {
    public AcceptableTechnique {
        Require.nonNull(technique, "technique");
        Require.nonNull(achieves, "achieves");
        Require.nonNull(verification, "verification");
        Require.nonNull(reference, "reference");
    }
}
