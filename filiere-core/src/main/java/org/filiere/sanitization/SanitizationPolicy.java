package org.filiere.sanitization;

import org.filiere.cession.Confidentiality;
import org.filiere.cession.DonorKind;
import org.filiere.device.MediaType;

/**
 * Decides the level a medium must be sanitized to, from who gave it, the confidentiality the cession
 * agreement states, and the kind of medium ("protocole d'effacement certifié" in the workshop report).
 * A replaceable value: an embedding application passes its own implementation, or a configured
 * {@link DefaultSanitizationPolicy}, to {@link Sanitization#decide}. Implementations must be immutable,
 * thread-safe and pure.
 *
 * <p>The default, {@link #standard()}, is documented on {@link DefaultSanitizationPolicy}: individuals →
 * REINSTALL (workshop report); companies, associations and public bodies → the NIST SP 800-88 Rev. 1
 * decision flow for media leaving the organisation (§4, Figure 4-1): LOW → CLEAR, MODERATE → PURGE,
 * HIGH → DESTROY, LOW when the agreement states nothing.
 *
 * <pre>{@code
 * SanitizationPolicy strict = DefaultSanitizationPolicy.STANDARD.withMinimum(Level.PURGE);
 * strict.requiredLevel(DonorKind.COMPANY, null, MediaType.ATA_HDD).level(); // PURGE
 * }</pre>
 */
@FunctionalInterface
public interface SanitizationPolicy {

    /**
     * The level required for one medium.
     *
     * @param donor           who gave the device
     * @param confidentiality the confidentiality the cession agreement states, or null when it states none
     * @param media           the kind of medium
     * @return the required level, why, and the rule's source
     */
    LevelRequirement requiredLevel(DonorKind donor, Confidentiality confidentiality, MediaType media);

    /** The documented default policy ({@link DefaultSanitizationPolicy#STANDARD}). */
    static SanitizationPolicy standard() {
        return DefaultSanitizationPolicy.STANDARD;
    }
}
