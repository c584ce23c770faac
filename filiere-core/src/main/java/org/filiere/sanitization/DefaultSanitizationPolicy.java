package org.filiere.sanitization;

import org.filiere.cession.Confidentiality;
import org.filiere.cession.DonorKind;
import org.filiere.device.MediaType;
import org.filiere.internal.Require;
import org.filiere.text.BilingualText;

/**
 * The configurable default sanitization policy. Immutable and thread-safe.
 *
 * <p>{@link #STANDARD} applies two sources:
 * <ul>
 *   <li><b>Individuals</b> ({@link DonorKind#INDIVIDUAL}) → {@link Level#REINSTALL}: « particuliers →
 *       réinstallation Linux suffit » (compte-rendu de l'atelier territorial Cycle 2 Zone Nord, Banque du
 *       Numérique, 1 June 2026, §4 theme 1). An agreement that explicitly states MODERATE or HIGH for an
 *       individual raises the level as for any other donor: stating it is a request for more.</li>
 *   <li><b>Companies, associations and public bodies</b> → « professionnels/institutions → protocole NIST
 *       800-88 avec attestation formelle » (same report), following the NIST SP 800-88 Rev. 1 decision flow
 *       (§4, Figure 4-1 "Sanitization and Disposition Decision Flow") for media that leave the organisation
 *       for reuse: LOW → CLEAR, MODERATE → PURGE, HIGH → DESTROY. An agreement that states no
 *       confidentiality is taken as LOW.</li>
 * </ul>
 * The mapping for organisations is the one this project fixed from the decision flow (issue 3); the
 * project's reference notes add that NIST says media leaving the organisation's control "normally" need
 * Purge or Destroy: an application that wants that reading uses {@code STANDARD.withMinimum(Level.PURGE)}
 * and individuals' media are then purged too.
 *
 * @param individuals      the level for individuals' media
 * @param low              the level for LOW confidentiality
 * @param moderate         the level for MODERATE confidentiality
 * @param high             the level for HIGH confidentiality
 * @param assumedWhenAbsent the confidentiality assumed for organisations when the agreement states none
 * @param minimum          a floor applied to every answer (REINSTALL for none)
 */
public record DefaultSanitizationPolicy(Level individuals, Level low, Level moderate, Level high,
                                        Confidentiality assumedWhenAbsent, Level minimum)
        implements SanitizationPolicy {

    private static final StandardReference WORKSHOP_RULE = new StandardReference(StandardReference.WORKSHOP,
            "§4, theme 1 (protocole d'effacement certifié)",
            "« particuliers → réinstallation Linux suffit ; professionnels/institutions → protocole NIST 800-88"
                    + " avec attestation formelle »", true);
    private static final StandardReference NIST_FLOW = StandardReference.nistR1(
            "§4, Figure 4-1 (Sanitization and Disposition Decision Flow)",
            "media leaving organisational control for reuse: LOW → Clear, MODERATE → Purge, HIGH → Destroy, as"
                    + " read by this project; Rev. 2 keeps the decision at program level and defers techniques to"
                    + " IEEE 2883", false);

    /** The documented default: REINSTALL for individuals; LOW → CLEAR, MODERATE → PURGE, HIGH → DESTROY. */
    public static final DefaultSanitizationPolicy STANDARD = new DefaultSanitizationPolicy(Level.REINSTALL,
            Level.CLEAR, Level.PURGE, Level.DESTROY, Confidentiality.LOW, Level.REINSTALL);

    public DefaultSanitizationPolicy {
        Require.nonNull(individuals, "individuals");
        Require.nonNull(low, "low");
        Require.nonNull(moderate, "moderate");
        Require.nonNull(high, "high");
        Require.nonNull(assumedWhenAbsent, "assumedWhenAbsent");
        Require.nonNull(minimum, "minimum");
        Require.that(low.compareTo(moderate) <= 0 && moderate.compareTo(high) <= 0, "low/moderate/high",
                "levels must not decrease as confidentiality rises");
    }

    /** A copy whose every answer is at least {@code floor} (e.g. an application that always wants PURGE). */
    public DefaultSanitizationPolicy withMinimum(Level floor) {
        return new DefaultSanitizationPolicy(individuals, low, moderate, high, assumedWhenAbsent, floor);
    }

    /** A copy that assumes {@code confidentiality} when an organisation's agreement states none. */
    public DefaultSanitizationPolicy withAssumedWhenAbsent(Confidentiality confidentiality) {
        return new DefaultSanitizationPolicy(individuals, low, moderate, high, confidentiality, minimum);
    }

    /** The level this policy maps {@code confidentiality} to. */
    public Level levelFor(Confidentiality confidentiality) {
        Require.nonNull(confidentiality, "confidentiality");
        switch (confidentiality) {
            case LOW:
                return low;
            case MODERATE:
                return moderate;
            default:
                return high;
        }
    }

    @Override
    public LevelRequirement requiredLevel(DonorKind donor, Confidentiality confidentiality, MediaType media) {
        Require.nonNull(donor, "donor");
        Require.nonNull(media, "media");
        LevelRequirement base;
        if (donor == DonorKind.INDIVIDUAL && (confidentiality == null || levelFor(confidentiality).compareTo(
                levelFor(assumedWhenAbsent)) <= 0)) {
            base = new LevelRequirement(individuals, new BilingualText(
                    "don d'un particulier : une réinstallation propre du système suffit (règle du compte-rendu"
                            + " d'atelier)",
                    "an individual's donation: a clean system reinstall is enough (workshop report rule)"),
                    WORKSHOP_RULE);
        } else {
            Confidentiality c = confidentiality == null ? assumedWhenAbsent : confidentiality;
            Level level = levelFor(c);
            String stated = confidentiality == null
                    ? "la convention ne précise pas la confidentialité, prise à " + c + " ; "
                    : "confidentialité " + c + " selon la convention ; ";
            String statedEn = confidentiality == null
                    ? "the agreement states no confidentiality, taken as " + c + "; "
                    : "confidentiality " + c + " per the agreement; ";
            base = new LevelRequirement(level, new BilingualText(
                    stated + donorFr(donor) + " : supports quittant l'organisation pour réemploi, " + c + " → "
                            + level + " (NIST SP 800-88, logigramme de décision)",
                    statedEn + donorEn(donor) + ": media leaving the organisation for reuse, " + c + " → " + level
                            + " (NIST SP 800-88 decision flow)"),
                    NIST_FLOW);
        }
        if (base.level().compareTo(minimum) >= 0) {
            return base;
        }
        return new LevelRequirement(minimum, new BilingualText(
                base.because().fr() + " ; relevé à " + minimum + ", minimum imposé par la politique de la structure",
                base.because().en() + "; raised to " + minimum + ", the minimum the organisation's policy sets"),
                base.reference());
    }

    private static String donorFr(DonorKind donor) {
        switch (donor) {
            case COMPANY:
                return "don d'une entreprise";
            case ASSOCIATION:
                return "don d'une association";
            case PUBLIC_INSTITUTION:
                return "don d'un organisme public";
            default:
                return "don d'un particulier";
        }
    }

    private static String donorEn(DonorKind donor) {
        switch (donor) {
            case COMPANY:
                return "a company's donation";
            case ASSOCIATION:
                return "an association's donation";
            case PUBLIC_INSTITUTION:
                return "a public body's donation";
            default:
                return "an individual's donation";
        }
    }
}
