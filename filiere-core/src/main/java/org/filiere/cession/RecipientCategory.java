package org.filiere.cession;

/**
 * The legal category of the organisation receiving devices. A public body may cede IT equipment free of
 * charge only to the categories listed by CGPPP art. L3212-2 3° (applied to collectivités territoriales,
 * their groupements and établissements publics by art. L3212-3); {@link #OTHER} is not one of them. The
 * names are part of the CLI and JSON contract.
 */
public enum RecipientCategory {
    /** Associations de parents d'élèves (L3212-2 3°). */
    PARENTS_ASSOCIATION(true),
    /** Associations de soutien scolaire (L3212-2 3°). */
    SCHOOL_SUPPORT_ASSOCIATION(true),
    /** Associations reconnues d'utilité publique (L3212-2 3°). */
    PUBLIC_UTILITY_ASSOCIATION(true),
    /** Organismes de réutilisation et de réemploi agréés ESUS (L3212-2 3°, added by loi REEN n° 2021-1485). */
    ESUS_REUSE_ORGANISATION(true),
    /**
     * Associations reconnues d'intérêt général whose statutory purpose is to equip, train and support people in
     * precarity (L3212-2 3°, added by loi 3DS n° 2022-217 art. 178).
     */
    GENERAL_INTEREST_ASSOCIATION(true),
    /** Associations d'étudiants (L3212-2 3°). */
    STUDENT_ASSOCIATION(true),
    /** Any other recipient: may receive from private donors, not from public bodies under L3212-2 3°. */
    OTHER(false);

    private final boolean eligibleForPublicCession;

    RecipientCategory(boolean eligibleForPublicCession) {
        this.eligibleForPublicCession = eligibleForPublicCession;
    }

    /** True when a public body may cede IT equipment free of charge to this category (CGPPP L3212-2 3°). */
    public boolean eligibleForPublicCession() {
        return eligibleForPublicCession;
    }
}
