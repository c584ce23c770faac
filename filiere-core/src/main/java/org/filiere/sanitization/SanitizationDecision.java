package org.filiere.sanitization;

import java.util.List;
import java.util.Optional;
import org.filiere.device.MediaType;
import org.filiere.internal.Require;
import org.filiere.text.BilingualText;

/**
 * What to do with one medium: the required level and why, the techniques that reach it and can run on this
 * drive at this station (most preferred first, each with its verification and standard reference), the
 * techniques rejected and why, and whether the answer is destruction. Built by {@link Sanitization#decide}.
 * Immutable and thread-safe.
 *
 * @param media       the kind of medium
 * @param requirement the required level, its explanation and source (from the policy)
 * @param because     the full explanation: the requirement's, plus why destruction when it comes to that
 * @param acceptable  usable techniques, most preferred first; never empty (destruction is always possible)
 * @param rejected    techniques considered and rejected, each with its reason
 * @param destruction why the decision is destruction, or null when a non-destructive technique is acceptable
 */
public record SanitizationDecision(MediaType media, LevelRequirement requirement, BilingualText because,
                                   List<AcceptableTechnique> acceptable, List<Rejection> rejected,
                                   DestructionReason destruction) {
    public SanitizationDecision {
        Require.nonNull(media, "media");
        Require.nonNull(requirement, "requirement");
        Require.nonNull(because, "because");
        acceptable = Require.copy(acceptable, "acceptable");
        rejected = Require.copy(rejected, "rejected");
        Require.that(!acceptable.isEmpty(), "acceptable", "a decision always has an acceptable technique");
        for (AcceptableTechnique a : acceptable) {
            Require.that(a.achieves().satisfies(requirement.level()), "acceptable",
                    a.technique() + " does not reach the required level");
        }
        Require.that((destruction != null) == acceptable.get(0).technique().isDestructive(), "destruction",
                "a destruction reason is given exactly when the preferred technique is destruction");
    }

    /** The required level. */
    public Level requiredLevel() {
        return requirement.level();
    }

    /** The preferred technique. */
    public AcceptableTechnique preferred() {
        return acceptable.get(0);
    }

    /** True when only destruction is acceptable. */
    public boolean requiresDestruction() {
        return destruction != null;
    }

    /** Why destruction, when it is the answer. */
    public Optional<DestructionReason> destructionReason() {
        return Optional.ofNullable(destruction);
    }

    /** The acceptable entry for {@code technique}, or empty when it is not acceptable. */
    public Optional<AcceptableTechnique> acceptable(Technique technique) {
        return acceptable.stream().filter(a -> a.technique() == technique).findFirst();
    }

    /** The rejection of {@code technique}, or empty when it was not rejected. */
    public Optional<Rejection> rejection(Technique technique) {
        return rejected.stream().filter(r -> r.technique() == technique).findFirst();
    }
}
