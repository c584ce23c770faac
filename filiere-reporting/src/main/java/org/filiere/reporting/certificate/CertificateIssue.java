package org.filiere.reporting.certificate;

/**
 * A reason a record does not prove its required level, as listed on a certificate. Those marked
 * <em>exception</em> still allow {@code ERASED_WITH_EXCEPTIONS}; the others make the certificate
 * {@code NOT_ERASED}.
 * Immutable and thread-safe.
 */
public enum CertificateIssue {
    /** Exception: hidden areas (HPA/DCO) were found and were not erased. */
    HIDDEN_AREAS_PRESENT(true, "Zones cachées (HPA/DCO) présentes : non effacées",
            "Hidden areas (HPA/DCO) present: not erased"),
    /** Exception: hidden areas could not be checked. */
    HIDDEN_AREAS_UNKNOWN(true, "Zones cachées (HPA/DCO) non vérifiées",
            "Hidden areas (HPA/DCO) not checked"),
    /** Exception: the technique reaches a lower level than required on this medium. */
    LEVEL_BELOW_REQUIREMENT(true, "Niveau atteint inférieur au niveau requis",
            "Level reached is below the required level"),
    /** The technique does not apply to this kind of medium. */
    TECHNIQUE_NOT_APPLICABLE(false, "Technique non applicable à ce support",
            "Technique not applicable to this medium"),
    /** An OS reinstall is not an erasure and cannot stand for a NIST level. */
    REINSTALL_ONLY(false, "Simple réinstallation : aucun effacement NIST", "Reinstall only: no NIST erasure"),
    /** The tool reported a failure. */
    RUN_FAILED(false, "Échec de l'effacement", "Erasure failed"),
    /** The run stopped before the tool reported an outcome. */
    RUN_INTERRUPTED(false, "Effacement interrompu", "Erasure interrupted"),
    /** The tool counted write, verification or sync errors. */
    TOOL_ERRORS(false, "Erreurs signalées par l'outil", "Errors reported by the tool"),
    /** The verification found data left. */
    VERIFICATION_FAILED(false, "Vérification échouée", "Verification failed"),
    /** No verification was done. */
    NOT_VERIFIED(false, "Aucune vérification", "Not verified");

    private final boolean exception;
    private final String fr;
    private final String en;

    CertificateIssue(boolean exception, String fr, String en) {
        this.exception = exception;
        this.fr = fr;
        this.en = en;
    }

    /** True when this issue still allows {@code ERASED_WITH_EXCEPTIONS}. */
    public boolean isException() {
        return exception;
    }

    /** French text. */
    public String fr() {
        return fr;
    }

    /** English text. */
    public String en() {
        return en;
    }
}
