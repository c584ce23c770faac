package org.filiere.sanitization;

import org.filiere.internal.Require;
import org.filiere.text.BilingualText;

/**
 * The level a medium needs, why, and the source of the rule. What a {@link SanitizationPolicy} answers.
 * Immutable and thread-safe.
 *
 * @param level     the required level
 * @param because   the explanation for people
 * @param reference the rule's source
 */
public record LevelRequirement(Level level, BilingualText because, StandardReference reference) {
    public LevelRequirement {
        Require.nonNull(level, "level");
        Require.nonNull(because, "because");
        Require.nonNull(reference, "reference");
    }
}
