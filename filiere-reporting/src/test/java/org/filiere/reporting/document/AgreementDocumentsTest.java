package org.filiere.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.filiere.cession.AttestationPolicy;
import org.filiere.cession.CessionAgreement;
import org.filiere.cession.DonorKind;
import org.filiere.reporting.json.DocumentException;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementDocumentsTest {
    /** The contract's example input of {@code agreement check} (shared/contracts/cli.md), verbatim. */
    static final String CONTRACT_EXAMPLE = """
            {
              "id": "CONV-2026-014",
              "donor": {"kind": "PUBLIC_INSTITUTION", "name": "Département des Hautes-Alpes", "siret": "22050001300010"},
              "recipient": {"name": "E&S La Miraille", "category": "GENERAL_INTEREST_ASSOCIATION"},
              "signedOn": "2026-06-01",
              "collectedOn": "2026-06-15",
              "confidentiality": "LOW",
              "publicBody": {"decisionReference": "DEC-2026-123", "decisionDate": "2026-05-20"},
              "devices": [
                {"inventoryNumber": "INV-0042", "category": "LAPTOP", "manufacturer": "Dell", "model": "Latitude 5420",
                 "serialNumber": "7XK2Q73", "declaredValueEur": 120,
                 "media": [{"type": "ATA_SSD", "serialNumber": "S4EVNX0N123456", "capacityBytes": 256060514304}]}
              ]
            }
            """;

    static AgreementCheck check(String json) {
        return AgreementDocuments.check(JsonDocuments.read(json, "test.json", AgreementDocument.class),
                AttestationPolicy.DEFAULT, Locale.ENGLISH);
    }

    @Test
    void theContractExampleIsValidAndMapsToTheDomain() {
        AgreementCheck c = check(CONTRACT_EXAMPLE);
        assertThat(c.violations()).isEmpty();
        assertThat(c.valid()).isTrue();
        assertThat(c.attestationDue()).isEqualTo(LocalDate.of(2026, 12, 15));
        CessionAgreement a = c.agreementIfMapped().orElseThrow();
        assertThat(a.donor().kind()).isEqualTo(DonorKind.PUBLIC_INSTITUTION);
        assertThat(a.donor().siret().siren()).isEqualTo("220500013");
        assertThat(a.publicDecision().reference()).isEqualTo("DEC-2026-123");
        assertThat(a.devices().get(0).media().get(0).capacityBytes()).isEqualTo(256060514304L);
        assertThat(a.devices().get(0).declaredValueEur()).isEqualByComparingTo("120");
    }

    @Test
    void optionalFieldsMayBeLeftOutWhenTheRulesDoNotNeedThem() {
        AgreementCheck c = check("""
                {"id": "C-1", "donor": {"kind": "INDIVIDUAL", "name": "Mme Martin"},
                 "recipient": {"name": "E&S", "category": "OTHER"},
                 "signedOn": "2026-03-02", "collectedOn": "2026-03-09",
                 "devices": [{"category": "DESKTOP", "serialNumber": "PC-1"}]}
                """);
        assertThat(c.violations()).isEmpty();
        assertThat(c.attestationDue()).isEqualTo(LocalDate.of(2026, 9, 9));
        assertThat(c.agreement().confidentiality()).isNull();
    }

    @Test
    void aDocumentBreakingRulesGetsEveryViolationWithItsContractPath() {
        AgreementCheck c = check("""
                {"id": "C-2", "donor": {"kind": "PUBLIC_INSTITUTION", "name": "Commune", "siret": "21050099900012"},
                 "recipient": {"name": "SARL", "category": "OTHER"},
                 "signedOn": "2026-06-10", "collectedOn": "2026-06-03",
                 "devices": [{"category": "LAPTOP", "serialNumber": "A", "declaredValueEur": 450,
                              "media": [{"type": "ATA_HDD", "serialNumber": "M-1"}]},
                             {"category": "LAPTOP", "media": [{"type": "ATA_SSD", "serialNumber": "m-1"}]}]}
                """);
        assertThat(c.valid()).isFalse();
        assertThat(c.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("devices[0].declaredValueEur", "PUBLIC_UNIT_VALUE_CAP"),
                tuple("devices[1].declaredValueEur", "PUBLIC_UNIT_VALUE_CAP"),
                tuple("recipient.category", "PUBLIC_RECIPIENT_CATEGORY"),
                tuple("publicBody", "PUBLIC_DECISION_REQUIRED"),
                tuple("donor.siret", "SIRET_CHECKSUM"),
                tuple("collectedOn", "COLLECTION_BEFORE_SIGNING"),
                tuple("devices[1].serialNumber", "DEVICE_IDENTIFIER"),
                tuple("devices[1].media[0].serialNumber", "DUPLICATE_MEDIUM_SERIAL"));
        assertThat(c.attestationDue()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void structuralAndRuleViolationsAreReportedTogetherWithoutDuplicates() {
        AgreementCheck c = check("""
                {"id": "C-3", "donor": {"kind": "PUBLIC_INSTITUTION", "name": "Mairie", "siret": "1234"},
                 "recipient": {"name": "Club", "category": "OTHER"},
                 "signedOn": "2026-03-02", "collectedOn": "2026-03-09",
                 "publicBody": {"decisionReference": "D-1"},
                 "devices": [{"category": "LAPTOP", "serialNumber": "A", "declaredValueEur": -5,
                              "media": [{"type": "ATA_SSD", "serialNumber": " "}, {"type": "ATA_SSD", "serialNumber": "Z"}]},
                             null,
                             {"category": "LAPTOP", "serialNumber": "B", "declaredValueEur": 10,
                              "media": [{"type": "ATA_SSD", "serialNumber": "z"}]}]}
                """);
        assertThat(c.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("devices[0].declaredValueEur", "POSITIVE_OR_ZERO"),
                tuple("devices[0].media[0].serialNumber", "NOT_BLANK"),
                tuple("devices[1]", "NOT_NULL"),
                tuple("donor.siret", "PATTERN"),
                tuple("publicBody.decisionDate", "NOT_NULL"),
                // the rules still run on the rest, but not where a structural violation already points
                tuple("recipient.category", "PUBLIC_RECIPIENT_CATEGORY"),
                tuple("devices[2].media[0].serialNumber", "DUPLICATE_MEDIUM_SERIAL"));
        assertThat(c.agreementIfMapped()).as("no agreement from a structurally invalid document").isEmpty();
    }

    @Test
    void withoutDonorKindOrDatesOnlyTheStructureIsReportedAndTheDeadlineNeedsCollection() {
        AgreementCheck c = check("""
                {"id": "C-4", "donor": {"name": "X"}, "recipient": {"name": "E&S", "category": "OTHER"},
                 "signedOn": "2026-03-02", "devices": []}
                """);
        assertThat(c.violations()).extracting(Violation::path, Violation::rule).containsExactly(
                tuple("collectedOn", "NOT_NULL"), tuple("devices", "NOT_EMPTY"), tuple("donor.kind", "NOT_NULL"));
        assertThat(c.attestationDue()).isNull();
    }

    @Test
    void malformedJsonNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\n  \"id\": \"X\",\n  \"donor\": {\"kind\": \"COMPANY\" \"name\": \"A\"}\n}\n");
        assertThatThrownBy(() -> AgreementDocuments.read(f)).isInstanceOf(DocumentException.class)
                .satisfies(e -> {
                    DocumentException d = (DocumentException) e;
                    assertThat(d.file()).endsWith("broken.json");
                    assertThat(d.line()).isEqualTo(3);
                    assertThat(d.column()).isEqualTo(31);
                });
        assertThatThrownBy(() -> AgreementDocuments.read(dir.resolve("missing.json")))
                .isInstanceOf(DocumentException.class).hasMessageContaining("file not found")
                .hasMessageContaining("missing.json");
    }

    @Test
    void aMisspeltFieldIsRefusedWithItsPath() {
        assertThatThrownBy(() -> check(CONTRACT_EXAMPLE.replace("\"signedOn\"", "\"signedAt\"")))
                .isInstanceOf(DocumentException.class).hasMessageContaining("signedAt");
    }
}
