package org.filiere.reporting.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.filiere.cession.Confidentiality;
import org.filiere.cession.DonorKind;
import org.filiere.cession.RecipientCategory;
import org.filiere.device.DeviceCategory;
import org.filiere.device.MediaType;

/**
 * A donation agreement document exactly as the CLI contract ({@code filiere agreement check}) fixes it:
 * the JSON read by {@link org.filiere.reporting.json.JsonDocuments}, checked by Bean Validation for its
 * structure, then mapped by {@link AgreementDocuments} to a {@link org.filiere.cession.CessionAgreement}
 * whose legal rules decide the rest. {@code siret}, {@code publicBody}, {@code confidentiality},
 * {@code inventoryNumber}, {@code declaredValueEur} are optional in the format; the rules say when they are
 * required. A device's {@code category} and identifiers are also left to the rule {@code DEVICE_IDENTIFIER}.
 * Immutable.
 *
 * <pre>{@code
 * {"id": "CONV-2026-014",
 *  "donor": {"kind": "PUBLIC_INSTITUTION", "name": "Département des Hautes-Alpes", "siret": "22050001300010"},
 *  "recipient": {"name": "E&S La Miraille", "category": "GENERAL_INTEREST_ASSOCIATION"},
 *  "signedOn": "2026-06-01", "collectedOn": "2026-06-15", "confidentiality": "LOW",
 *  "publicBody": {"decisionReference": "DEC-2026-123", "decisionDate": "2026-05-20"},
 *  "devices": [{"inventoryNumber": "INV-0042", "category": "LAPTOP", "manufacturer": "Dell",
 *               "model": "Latitude 5420", "serialNumber": "7XK2Q73", "declaredValueEur": 120,
 *               "media": [{"type": "ATA_SSD", "serialNumber": "S4EVNX0N123456", "capacityBytes": 256060514304}]}]}
 * }</pre>
 */
public record AgreementDocument(
        @NotBlank String id,
        @NotNull @Valid DonorDocument donor,
        @NotNull @Valid RecipientDocument recipient,
        @NotNull LocalDate signedOn,
        @NotNull LocalDate collectedOn,
        Confidentiality confidentiality,
        @Valid PublicBodyDocument publicBody,
        @NotEmpty List<@NotNull @Valid DeviceDocument> devices) {

    /** The donor: kind, name, optional SIRET (14 digits). */
    public record DonorDocument(
            @NotNull DonorKind kind,
            @NotBlank String name,
            @Pattern(regexp = "[0-9]{14}", message = "must be 14 digits") String siret) {
    }

    /** The recipient and its legal category. */
    public record RecipientDocument(@NotBlank String name, @NotNull RecipientCategory category) {
    }

    /** A public body's decision authorising the cession. */
    public record PublicBodyDocument(@NotBlank String decisionReference, @NotNull LocalDate decisionDate) {
    }

    /** One ceded device; identification is checked by the rule {@code DEVICE_IDENTIFIER}. */
    public record DeviceDocument(
            String inventoryNumber,
            DeviceCategory category,
            String manufacturer,
            String model,
            String serialNumber,
            @PositiveOrZero BigDecimal declaredValueEur,
            List<@NotNull @Valid MediumDocument> media) {
    }

    /** One storage medium of a device. */
    public record MediumDocument(
            @NotNull MediaType type,
            @NotBlank String serialNumber,
            @PositiveOrZero Long capacityBytes) {
    }
}
