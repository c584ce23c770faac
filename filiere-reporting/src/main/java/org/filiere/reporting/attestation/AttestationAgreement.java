package org.filiere.reporting.attestation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.filiere.cession.AttestationPolicy;
import org.filiere.cession.CessionAgreement;
import org.filiere.device.Device;
import org.filiere.device.StorageMedium;
import org.filiere.internal.Require;
import org.filiere.sanitization.SanitizationPolicy;
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
    /**
     * The attestation view of a cession agreement: each device by its identifier (serial, else inventory
     * number, else its position), each medium with the level {@code policy} requires for the donor, the
     * agreement's confidentiality and the medium's type.
     */
    public static AttestationAgreement from(CessionAgreement agreement, SanitizationPolicy policy) {
        Require.nonNull(agreement, "agreement");
        Require.nonNull(policy, "policy");
        List<AgreementDevice> devices = new ArrayList<>();
        int i = 0;
        for (Device d : agreement.devices()) {
            i++;
            List<RequiredMedium> media = new ArrayList<>();
            for (StorageMedium m : d.media()) {
                media.add(new RequiredMedium(m.serialNumber(), m.type(), policy.requiredLevel(
                        agreement.donor().kind(), agreement.confidentiality(), m.type()).level()));
            }
            String id = d.inventoryNumber() != null ? d.inventoryNumber()
                    : d.identifier().orElse(agreement.id() + "#" + i);
            devices.add(new AgreementDevice(id, d.category(), d.manufacturer(), d.model(), d.serialNumber(), media));
        }
        return new AttestationAgreement(agreement.id(), Party.of(agreement.donor()), agreement.recipient().name(),
                agreement.collectedOn(), devices);
    }

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

    /** The date the attestation is due under {@code policy} (6 months after collection by default). */
    public LocalDate attestationDue(AttestationPolicy policy) {
        return Require.nonNull(policy, "policy").attestationDue(collectedOn);
    }
}
