package org.filiere.reporting.attestation;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filiere.internal.Require;
import org.filiere.reporting.certificate.Party;

/**
 * What an erasure attestation needs to know about a donation agreement: its id, donor, recipient,
 * collection date and the devices and media it covers with their required levels. Immutable.
 *
 * @param id            the agreement's id
 * @param donor         the donor
 * @param recipientName the receiving organisation
 * @param collectedOn   the collection date: the attestation deadline runs from it
 * @param devices       the devices
 */
public record AttestationAgreement(String id, Party donor, String recipientName, LocalDate collectedOn,
                                   List<AgreementDevice> devices) {
    /** The workshop report's default: the attestation is due at most 6 months after collection. */
    public static final Period DEFAULT_DEADLINE = Period.ofMonths(6);

    public AttestationAgreement {
        Require.nonBlank(id, "id");
        Require.nonNull(donor, "donor");
        Require.nonBlank(recipientName, "recipientName");
        Require.nonNull(collectedOn, "collectedOn");
        devices = Require.copy(devices, "devices");
        Set<String> serials = new HashSet<>();
        for (AgreementDevice d : devices) {
            for (RequiredMedium m : d.media()) {
                Require.that(serials.add(m.serialNumber()), "devices.media.serialNumber",
                        "medium " + m.serialNumber() + " is listed twice");
            }
        }
    }

    /** The date the attestation is due under {@code deadline}. */
    public LocalDate attestationDue(Period deadline) {
        return collectedOn.plus(deadline);
    }
}
