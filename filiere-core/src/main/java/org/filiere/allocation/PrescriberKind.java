package org.filiere.allocation;

/**
 * The kind of organisation that prescribes a device for a beneficiary. It is what a public donor's proof of
 * reuse shows about the channel ("through which prescriber type"), never who the beneficiary is.
 */
public enum PrescriberKind {
    /** A France Services desk. */
    FRANCE_SERVICES,
    /** Social services: CCAS / CIAS, the département's social action services. */
    SOCIAL_SERVICES,
    /** An association (insertion, literacy, seniors...). */
    ASSOCIATION,
    /** A digital mediation space or third place (conseiller numérique). */
    DIGITAL_MEDIATION,
    /** Any other prescriber, or not stated. */
    OTHER
}
