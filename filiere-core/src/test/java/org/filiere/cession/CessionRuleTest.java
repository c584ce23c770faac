package org.filiere.cession;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.filiere.device.Device;
import org.filiere.device.DeviceCategory;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each legal rule, table-driven: on each row a valid and an invalid variant of the same agreement side by
 * side, and the paths the invalid one must be reported at.
 */
class CessionRuleTest {
    static final Siret DEPT_SIRET = Siret.parse("22050001300010");

    static Device laptop(String serial, String inventory, String value, String... mediumSerials) {
        List<StorageMedium> media = new ArrayList<>();
        for (String m : mediumSerials) {
            media.add(StorageMedium.of(MediaType.ATA_SSD, m, 256_060_514_304L));
        }
        return Device.builder(DeviceCategory.LAPTOP).serialNumber(serial).inventoryNumber(inventory)
                .declaredValueEur(value == null ? null : new BigDecimal(value)).media(media).build();
    }

    /** A valid cession by the Département des Hautes-Alpes: every rule holds. */
    static CessionAgreement publicAgreement() {
        return new CessionAgreement("CONV-2026-014",
                new Donor(DonorKind.PUBLIC_INSTITUTION, "Département des Hautes-Alpes", DEPT_SIRET),
                new Recipient("Environnement et Solidarité", RecipientCategory.GENERAL_INTEREST_ASSOCIATION),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15), Confidentiality.LOW,
                new PublicBodyDecision("DEC-2026-123", LocalDate.of(2026, 5, 20)),
                List.of(laptop("7XK2Q73", "INV-0042", "120", "S4EV-1"), laptop(null, "INV-0043", "300", "S4EV-2")));
    }

    static CessionAgreement with(CessionAgreement a, Donor donor) {
        return new CessionAgreement(a.id(), donor, a.recipient(), a.signedOn(), a.collectedOn(), a.confidentiality(),
                a.publicDecision(), a.devices());
    }

    static CessionAgreement with(CessionAgreement a, Recipient r) {
        return new CessionAgreement(a.id(), a.donor(), r, a.signedOn(), a.collectedOn(), a.confidentiality(),
                a.publicDecision(), a.devices());
    }

    static CessionAgreement with(CessionAgreement a, PublicBodyDecision d) {
        return new CessionAgreement(a.id(), a.donor(), a.recipient(), a.signedOn(), a.collectedOn(),
                a.confidentiality(), d, a.devices());
    }

    static CessionAgreement collected(CessionAgreement a, LocalDate collectedOn) {
        return new CessionAgreement(a.id(), a.donor(), a.recipient(), a.signedOn(), collectedOn, a.confidentiality(),
                a.publicDecision(), a.devices());
    }

    static CessionAgreement devices(CessionAgreement a, Device... devices) {
        return new CessionAgreement(a.id(), a.donor(), a.recipient(), a.signedOn(), a.collectedOn(),
                a.confidentiality(), a.publicDecision(), List.of(devices));
    }

    static Donor donor(DonorKind kind, String siret) {
        return new Donor(kind, "Donateur", siret == null ? null : Siret.parse(siret));
    }

    static Arguments row(CessionRule rule, String why, UnaryOperator<CessionAgreement> valid,
                         UnaryOperator<CessionAgreement> invalid, String... paths) {
        return Arguments.of(rule, why, valid, invalid, List.of(paths));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                row(CessionRule.PUBLIC_UNIT_VALUE_CAP, "300 € is allowed, 300.01 € is not",
                        a -> devices(a, laptop("A", null, "300.00")),
                        a -> devices(a, laptop("A", null, "300.01")), "devices[0].declaredValueEur"),
                row(CessionRule.PUBLIC_UNIT_VALUE_CAP, "a public device without declared value; every device reported",
                        a -> a,
                        a -> devices(a, laptop("A", null, null), laptop("B", null, "80"), laptop("C", null, "999")),
                        "devices[0].declaredValueEur", "devices[2].declaredValueEur"),
                row(CessionRule.PUBLIC_UNIT_VALUE_CAP, "the cap binds public donors only",
                        a -> with(devices(a, laptop("A", null, "1500")), donor(DonorKind.COMPANY, "44321759400011")),
                        a -> devices(a, laptop("A", null, "1500")), "devices[0].declaredValueEur"),
                row(CessionRule.PUBLIC_RECIPIENT_CATEGORY, "OTHER is not in the L3212-2 3° list",
                        a -> with(a, new Recipient("APE du collège", RecipientCategory.PARENTS_ASSOCIATION)),
                        a -> with(a, new Recipient("SARL Reprise", RecipientCategory.OTHER)), "recipient.category"),
                row(CessionRule.PUBLIC_RECIPIENT_CATEGORY, "a company may give to anyone",
                        a -> with(with(a, new Recipient("SARL", RecipientCategory.OTHER)),
                                donor(DonorKind.COMPANY, "44321759400011")),
                        a -> with(a, new Recipient("SARL", RecipientCategory.OTHER)), "recipient.category"),
                row(CessionRule.PUBLIC_DECISION_REQUIRED, "a public donor cites its decision",
                        a -> a, a -> with(a, (PublicBodyDecision) null), "publicBody"),
                row(CessionRule.PUBLIC_DECISION_REQUIRED, "the decision precedes the signing (same day is fine)",
                        a -> with(a, new PublicBodyDecision("DEC-1", a.signedOn())),
                        a -> with(a, new PublicBodyDecision("DEC-1", a.signedOn().plusDays(1))),
                        "publicBody.decisionDate"),
                row(CessionRule.PUBLIC_DECISION_REQUIRED, "individuals need no decision",
                        a -> with(with(a, (PublicBodyDecision) null), donor(DonorKind.INDIVIDUAL, null)),
                        a -> with(a, (PublicBodyDecision) null), "publicBody"),
                row(CessionRule.SIRET_REQUIRED, "public bodies give their SIRET",
                        a -> a, a -> with(a, donor(DonorKind.PUBLIC_INSTITUTION, null)), "donor.siret"),
                row(CessionRule.SIRET_REQUIRED, "companies give their SIRET, associations need not",
                        a -> with(a, donor(DonorKind.ASSOCIATION, null)),
                        a -> with(a, donor(DonorKind.COMPANY, null)), "donor.siret"),
                row(CessionRule.SIRET_CHECKSUM, "one digit changed breaks the Luhn key",
                        a -> with(a, donor(DonorKind.COMPANY, "44321759400011")),
                        a -> with(a, donor(DonorKind.COMPANY, "44321759400012")), "donor.siret"),
                row(CessionRule.SIRET_CHECKSUM, "La Poste establishments use the digit-sum rule",
                        a -> with(a, donor(DonorKind.PUBLIC_INSTITUTION, "35600000000010")),
                        a -> with(a, donor(DonorKind.PUBLIC_INSTITUTION, "35600000000049")), "donor.siret"),
                row(CessionRule.SIRET_CHECKSUM, "an individual's wrong SIRET is still wrong",
                        a -> with(a, donor(DonorKind.INDIVIDUAL, null)),
                        a -> with(a, donor(DonorKind.INDIVIDUAL, "12345678901234")), "donor.siret"),
                row(CessionRule.COLLECTION_BEFORE_SIGNING, "collection on the signing day is fine, the day before is not",
                        a -> collected(a, a.signedOn()), a -> collected(a, a.signedOn().minusDays(1)), "collectedOn"),
                row(CessionRule.DEVICE_IDENTIFIER, "an inventory number alone identifies a device",
                        a -> devices(a, laptop(null, "INV-1", "10")),
                        a -> devices(a, laptop(null, " ", "10"), laptop("S", null, "10"),
                                Device.builder(null).serialNumber("S2").declaredValueEur(BigDecimal.TEN).build()),
                        "devices[0].serialNumber", "devices[2].category"),
                row(CessionRule.DUPLICATE_MEDIUM_SERIAL, "the same serial in two devices, even with other case/spaces",
                        a -> devices(a, laptop("A", null, "1", "M-1"), laptop("B", null, "1", "M-2")),
                        a -> devices(a, laptop("A", null, "1", "M-1", "M-2"), laptop("B", null, "1", " m-1")),
                        "devices[1].media[0].serialNumber"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rules")
    void eachRuleAcceptsTheValidVariantAndReportsEveryProblemOfTheInvalidOne(
            CessionRule rule, String why, UnaryOperator<CessionAgreement> valid, UnaryOperator<CessionAgreement> invalid,
            List<String> paths) {
        CessionAgreement good = valid.apply(publicAgreement());
        CessionAgreement bad = invalid.apply(publicAgreement());
        assertThat(rule.check(good, Locale.ENGLISH)).as("valid variant").isEmpty();
        List<Violation> found = rule.check(bad, Locale.ENGLISH);
        assertThat(found).extracting(Violation::path).as("invalid variant").containsExactlyElementsOf(paths);
        assertThat(found).allSatisfy(v -> {
            assertThat(v.rule()).isEqualTo(rule.name());
            assertThat(v.message()).isNotBlank();
        });
    }

    @Test
    void theReferenceAgreementBreaksNoRule() {
        assertThat(publicAgreement().violations()).isEmpty();
        assertThat(publicAgreement().isValid()).isTrue();
    }

    @Test
    void everyRuleHasAtLeastOneRow() {
        assertThat(rules().map(a -> a.get()[0]).distinct()).containsExactlyInAnyOrder((Object[]) CessionRule.values());
    }

    @Test
    void allViolationsAreReportedAtOnceInRuleOrder() {
        CessionAgreement a = new CessionAgreement("CONV-X",
                new Donor(DonorKind.PUBLIC_INSTITUTION, "Commune", Siret.parse("12345678901234")),
                new Recipient("Club", RecipientCategory.OTHER), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1),
                null, null, List.of(laptop(null, null, "450", "D-1"), laptop("P", null, null, "d-1")));
        assertThat(a.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PUBLIC_UNIT_VALUE_CAP", "devices[0].declaredValueEur"),
                org.assertj.core.groups.Tuple.tuple("PUBLIC_UNIT_VALUE_CAP", "devices[1].declaredValueEur"),
                org.assertj.core.groups.Tuple.tuple("PUBLIC_RECIPIENT_CATEGORY", "recipient.category"),
                org.assertj.core.groups.Tuple.tuple("PUBLIC_DECISION_REQUIRED", "publicBody"),
                org.assertj.core.groups.Tuple.tuple("SIRET_CHECKSUM", "donor.siret"),
                org.assertj.core.groups.Tuple.tuple("COLLECTION_BEFORE_SIGNING", "collectedOn"),
                org.assertj.core.groups.Tuple.tuple("DEVICE_IDENTIFIER", "devices[0].serialNumber"),
                org.assertj.core.groups.Tuple.tuple("DUPLICATE_MEDIUM_SERIAL", "devices[1].media[0].serialNumber"));
    }

    @Test
    void messagesAreFrenchByDefaultAndEnglishOnRequest() {
        CessionAgreement a = devices(publicAgreement(), laptop("A", null, "450"));
        assertThat(CessionRule.PUBLIC_UNIT_VALUE_CAP.check(a, Locale.FRENCH).get(0).message())
                .contains("supérieure au plafond de 300 €").contains("D3212-3");
        assertThat(CessionRule.PUBLIC_UNIT_VALUE_CAP.check(a, Locale.ENGLISH).get(0).message())
                .contains("exceeds the 300 € cap");
        assertThat(CessionRule.checkAll(a, Locale.ROOT).get(0).message()).contains("plafond");
    }

    @Test
    void responsibilityPassesAtSigningAndTheAttestationIsDueSixMonthsAfterCollection() {
        CessionAgreement a = publicAgreement();
        assertThat(a.responsibleOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(a.attestationDue(AttestationPolicy.DEFAULT)).isEqualTo(LocalDate.of(2026, 12, 15));
    }
}
