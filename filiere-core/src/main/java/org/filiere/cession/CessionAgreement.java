package org.filiere.cession;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.filiere.device.Device;
import org.filiere.internal.Require;
import org.filiere.validation.Violation;

/**
 * A donation agreement (convention de cession): a donor cedes devices to a recipient. Signing it transfers
 * the legal responsibility for the devices, and for the data on them, to the network (workshop report:
 * "La convention de cession signée transfère la responsabilité juridique à la filière").
 *
 * <p>An agreement is a value that may break the legal rules: the constructor checks structure only
 * (identity, parties, dates present), and {@link #violations()} reports every broken {@link CessionRule} at
 * once, so that a draft can be corrected in one pass. Immutable and thread-safe.
 *
 * <pre>{@code
 * CessionAgreement a = new CessionAgreement("CONV-2026-014", donor, recipient,
 *         LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-15"), Confidentiality.LOW, decision, devices);
 * a.violations();                                   // [] when every rule holds
 * a.attestationDue(AttestationPolicy.DEFAULT);      // 2026-12-15
 * }</pre>
 *
 * @param id              the agreement's reference ({@code "CONV-2026-014"})
 * @param donor           who gives
 * @param recipient       who receives
 * @param signedOn        the day it was signed (responsibility passes then)
 * @param collectedOn     the day the devices were collected (starts the attestation deadline)
 * @param confidentiality the confidentiality of the data on the media, or null when the agreement does not
 *                        state it
 * @param publicDecision  the public body's decision authorising the cession, or null
 * @param devices         the ceded devices, in the agreement's order
 */
public record CessionAgreement(String id, Donor donor, Recipient recipient, LocalDate signedOn,
                               LocalDate collectedOn, Confidentiality confidentiality,
                               PublicBodyDecision publicDecision, List<Device> devices) {
    public CessionAgreement {
        Require.nonBlank(id, "id");
        Require.nonNull(donor, "donor");
        Require.nonNull(recipient, "recipient");
        Require.nonNull(signedOn, "signedOn");
        Require.nonNull(collectedOn, "collectedOn");
        devices = Require.copy(devices, "devices");
    }

    /** The day the network becomes legally responsible for the devices and their data: the signing date. */
    public LocalDate responsibleOn() {
        return signedOn;
    }

    /** The day the erasure attestation is due under {@code policy}. */
    public LocalDate attestationDue(AttestationPolicy policy) {
        return Require.nonNull(policy, "policy").attestationDue(collectedOn);
    }

    /** Every violation of every {@link CessionRule}, messages in English. */
    public List<Violation> violations() {
        return CessionRule.checkAll(this, Locale.ENGLISH);
    }

    /** True when no rule is broken. */
    public boolean isValid() {
        return violations().isEmpty();
    }
}
