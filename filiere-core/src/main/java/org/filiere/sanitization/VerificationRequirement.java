package org.filiere.sanitization;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.filiere.internal.Require;
import org.filiere.text.BilingualText;

/**
 * The verification a technique needs before its level may be certified, as data: the mode to record, the
 * modes that are acceptable evidence, whether the drive's completion status must be read, whether a
 * before/after comparison is needed (cryptographic erase), and the sampling plan. Immutable and thread-safe.
 *
 * <pre>{@code
 * VerificationRequirement v = VerificationRequirement.forTechnique(Technique.NVME_SANITIZE_BLOCK_ERASE);
 * v.sampling(); // SamplingPlan.NIST: 1000 subsections, 2 locations each + first/last, >= 10 %
 * v.accepts(VerificationMode.FIRMWARE_STATUS_ONLY); // false: status alone is not enough
 * }</pre>
 *
 * @param mode                  the verification mode to perform and record
 * @param accepted              the recorded modes that satisfy this requirement (contains {@code mode})
 * @param firmwareStatus        the drive's own completion status (sanitize log, security state) must be read
 * @param beforeAfterComparison pseudorandom locations must be read before and after and compared
 * @param sampling              the read-back sampling plan, or null when the read-back is full or not applicable
 * @param description           what to do, for people
 * @param reference             the standard that asks for it
 */
public record VerificationRequirement(VerificationMode mode, Set<VerificationMode> accepted, boolean firmwareStatus,
                                      boolean beforeAfterComparison, SamplingPlan sampling,
                                      BilingualText description, StandardReference reference) {
    private static final StandardReference NIST_VERIFY = StandardReference.nistR1("§4.7 (Verification)",
            "Rev. 2 separates verification of each operation from program-level validation (unverified)", false);

    public VerificationRequirement {
        Require.nonNull(mode, "verification.mode");
        Require.nonNull(accepted, "verification.accepted");
        Require.that(accepted.contains(mode), "verification.accepted", "must contain the required mode");
        accepted = Collections.unmodifiableSet(EnumSet.copyOf(accepted));
        Require.nonNull(description, "verification.description");
        Require.nonNull(reference, "verification.reference");
    }

    /** True when a record verified in {@code recorded} mode satisfies this requirement. */
    public boolean accepts(VerificationMode recorded) {
        return recorded != null && accepted.contains(recorded);
    }

    /** Built once: {@link SanitizationRecord#meets} asks for every record an attestation gathers. */
    private static final Map<Technique, VerificationRequirement> BY_TECHNIQUE = new EnumMap<>(Technique.class);

    static {
        for (Technique t : Technique.values()) {
            BY_TECHNIQUE.put(t, build(t));
        }
    }

    /** The requirement for {@code technique}. */
    public static VerificationRequirement forTechnique(Technique technique) {
        Require.nonNull(technique, "technique");
        return BY_TECHNIQUE.get(technique);
    }

    private static VerificationRequirement build(Technique technique) {
        if (technique == Technique.OS_REINSTALL) {
            return new VerificationRequirement(VerificationMode.NONE, EnumSet.allOf(VerificationMode.class), false,
                    false, null,
                    new BilingualText("aucune relecture : vérifier que le système réinstallé démarre (pas un niveau NIST)",
                            "no read-back: check that the reinstalled system boots (not a NIST level)"),
                    new StandardReference(StandardReference.WORKSHOP, "§4, theme 1", null, true));
        }
        if (technique == Technique.OVERWRITE) {
            return new VerificationRequirement(VerificationMode.FULL, EnumSet.of(VerificationMode.FULL), false, false,
                    null,
                    new BilingualText("relecture complète de tous les secteurs adressables",
                            "full read-back of every user-addressable sector"),
                    NIST_VERIFY);
        }
        if (technique.isDestructive()) {
            return new VerificationRequirement(VerificationMode.VISUAL_INSPECTION,
                    EnumSet.of(VerificationMode.VISUAL_INSPECTION), false, false, null,
                    new BilingualText("inspection visuelle de la destruction (taille des particules), de préférence"
                            + " par une autre personne que l'opérateur",
                            "visual inspection of the destruction (particle size), preferably by someone other than"
                                    + " the operator"),
                    NIST_VERIFY);
        }
        if (technique == Technique.FACTORY_RESET) {
            return new VerificationRequirement(VerificationMode.FIRMWARE_STATUS_ONLY,
                    EnumSet.of(VerificationMode.FIRMWARE_STATUS_ONLY, VerificationMode.VISUAL_INSPECTION), true, false,
                    null,
                    new BilingualText("vérifier que l'appareil redémarre sur l'assistant de première configuration,"
                            + " sans compte ni donnée",
                            "check that the device restarts on its first-setup assistant, with no account or data"),
                    StandardReference.nistR1("Appendix A, Table A-3 (mobile devices)", null, false));
        }
        if (technique.isCryptographicErase()) {
            return new VerificationRequirement(VerificationMode.SAMPLED,
                    EnumSet.of(VerificationMode.SAMPLED, VerificationMode.FULL), true, true, SamplingPlan.NIST,
                    new BilingualText("statut de fin de la commande, puis comparaison avant/après d'emplacements"
                            + " pseudo-aléatoires et relecture échantillonnée NIST (≥ 1000 sous-sections, 2"
                            + " emplacements pseudo-aléatoires par sous-section + premier et dernier, ≥ 10 % du support)",
                            "command completion status, then a before/after comparison of pseudorandom locations and a"
                                    + " NIST sampled read-back (≥ 1000 subsections, 2 pseudorandom locations per"
                                    + " subsection + first and last, ≥ 10 % of the medium)"),
                    StandardReference.nistR1("§2.6 (Cryptographic Erase) and §4.7 (Verification)", null, false));
        }
        return new VerificationRequirement(VerificationMode.SAMPLED,
                EnumSet.of(VerificationMode.SAMPLED, VerificationMode.FULL), true, false, SamplingPlan.NIST,
                new BilingualText("statut de fin de la commande (journal sanitize, état de sécurité), puis relecture"
                        + " échantillonnée NIST (≥ 1000 sous-sections, 2 emplacements pseudo-aléatoires par"
                        + " sous-section + premier et dernier, ≥ 10 % du support)",
                        "command completion status (sanitize log, security state), then a NIST sampled read-back"
                                + " (≥ 1000 subsections, 2 pseudorandom locations per subsection + first and last,"
                                + " ≥ 10 % of the medium)"),
                NIST_VERIFY);
    }
}
