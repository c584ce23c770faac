package org.filiere.reporting.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.filiere.cession.DonorKind;
import org.filiere.device.DeviceCategory;
import org.filiere.device.MediaType;
import org.filiere.ledger.InMemoryLedger;
import org.filiere.ledger.LedgerEntry;
import org.filiere.reporting.certificate.Party;
import org.filiere.reporting.certificate.Person;
import org.filiere.reporting.certificate.SanitizationCertificates;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.reporting.testdata.Samples;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.Technique;
import org.junit.jupiter.api.Test;

public class ErasureAttestationsTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public static AttestationAgreement agreement() {
        return new AttestationAgreement("CONV-2026-007",
                new Party("Transalpine Logistique SAS", DonorKind.COMPANY, "44321759400011"),
                "Environnement et Solidarité", LocalDate.of(2026, 3, 9), List.of(
                new AgreementDevice("INV-0042", DeviceCategory.LAPTOP, "HP", "EliteBook 840 G5", "5CG8401ABC",
                        List.of(new RequiredMedium("S4DXNF0M400001", MediaType.NVME_SSD, Level.PURGE))),
                new AgreementDevice("INV-0043", DeviceCategory.DESKTOP, "Dell", "OptiPlex 7050", "9QX1234",
                        List.of(new RequiredMedium("WD-WCC4N1234567", MediaType.ATA_HDD, Level.CLEAR),
                                new RequiredMedium("USB-77", MediaType.USB_FLASH, Level.PURGE))),
                new AgreementDevice("INV-0044", DeviceCategory.SCREEN, "Iiyama", "ProLite", null, List.of())));
    }

    static Clock on(String date) {
        return Clock.fixed(LocalDate.parse(date).atTime(10, 0).atZone(PARIS).toInstant(), PARIS);
    }

    public static InMemoryLedger ledgerWithEverythingDone() {
        InMemoryLedger l = new InMemoryLedger();
        l.append(new LedgerEntry.SanitizationRecorded(Samples.nvmePurge("S4DXNF0M400001")));
        l.append(new LedgerEntry.SanitizationRecorded(Samples.failed("WD-WCC4N1234567")));
        l.append(new LedgerEntry.SanitizationRecorded(Samples.nwipeHdd("WD-WCC4N1234567")));
        l.append(new LedgerEntry.SanitizationRecorded(Samples.shredded("USB-77")));
        return l;
    }

    @Test
    void whenEveryMediumMeetsItsLevelOrWasDestroyedTheAttestationListsThemWithTheirCertificates() {
        AttestationOutcome out = ErasureAttestations.prepare(agreement(), ledgerWithEverythingDone().state(),
                org.filiere.cession.AttestationPolicy.DEFAULT, Person.named("Dominique Roux"), "E&S / La Miraille",
                on("2026-06-02"));
        assertThat(out).isInstanceOf(AttestationOutcome.Ready.class);
        ErasureAttestation a = ((AttestationOutcome.Ready) out).attestation();
        assertThat(a.lines()).extracting(AttestationLine::mediumSerial)
                .containsExactly("S4DXNF0M400001", "WD-WCC4N1234567", "USB-77");
        assertThat(a.lines().get(1).certificateId())
                .isEqualTo(SanitizationCertificates.idFor(Samples.nwipeHdd("WD-WCC4N1234567")));
        assertThat(a.lines().get(2).destroyed()).isTrue();
        assertThat(a.lines().get(2).levelAchieved()).isEqualTo(Level.DESTROY);
        assertThat(a.devicesWithoutMedia()).containsExactly("INV-0044");
        assertThat(a.deadline()).isEqualTo(LocalDate.of(2026, 9, 9));
        assertThat(a.withinDeadline()).isTrue();
        assertThat(a.daysLate()).isZero();
        assertThat(JsonDocuments.read(JsonDocuments.writePretty(a), "a", ErasureAttestation.class)).isEqualTo(a);
    }

    @Test
    void anAttestationIssuedAfterTheDeadlineSaysHowManyDaysLate() {
        ErasureAttestation a = ((AttestationOutcome.Ready) ErasureAttestations.prepare(agreement(),
                ledgerWithEverythingDone().state(), org.filiere.cession.AttestationPolicy.DEFAULT, Person.named("D"), "hub",
                on("2026-09-21"))).attestation();
        assertThat(a.withinDeadline()).isFalse();
        assertThat(a.daysLate()).isEqualTo(12);
        ErasureAttestation onTheDay = ((AttestationOutcome.Ready) ErasureAttestations.prepare(agreement(),
                ledgerWithEverythingDone().state(), org.filiere.cession.AttestationPolicy.DEFAULT, Person.named("D"), "hub",
                on("2026-09-09"))).attestation();
        assertThat(onTheDay.withinDeadline()).isTrue();
    }

    @Test
    void aMissingUnfinishedOrInsufficientMediumRefusesTheAttestationListingEachOne() {
        InMemoryLedger l = new InMemoryLedger();
        l.append(new LedgerEntry.SanitizationRecorded(Samples.hddHiddenUnknown("WD-WCC4N1234567")));
        l.append(new LedgerEntry.WipeStarted("USB-77", "/dev/sdd", Technique.OVERWRITE, "nwipe", Samples.T0));
        AttestationOutcome out = ErasureAttestations.prepare(agreement(), l.state(),
                org.filiere.cession.AttestationPolicy.DEFAULT, Person.named("D"), "hub", on("2026-06-02"));
        assertThat(out).isInstanceOf(AttestationOutcome.Refused.class);
        List<MissingMedium> missing = ((AttestationOutcome.Refused) out).missing();
        assertThat(missing).extracting(MissingMedium::mediumSerial, MissingMedium::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("S4DXNF0M400001", MissingMedium.Reason.NO_RECORD),
                org.assertj.core.groups.Tuple.tuple("WD-WCC4N1234567", MissingMedium.Reason.LEVEL_NOT_MET),
                org.assertj.core.groups.Tuple.tuple("USB-77", MissingMedium.Reason.WIPE_UNFINISHED));
        assertThat(missing.get(1).detail()).contains("Hidden areas (HPA/DCO) not checked");
    }

    @Test
    void aClearOverwriteDoesNotSatisfyAPurgeRequirement() {
        InMemoryLedger l = ledgerWithEverythingDone();
        AttestationAgreement strict = new AttestationAgreement("C", agreement().donor(), "R",
                LocalDate.of(2026, 3, 9), List.of(new AgreementDevice("D", DeviceCategory.DESKTOP, null, null, null,
                List.of(new RequiredMedium("WD-WCC4N1234567", MediaType.ATA_HDD, Level.PURGE)))));
        assertThat(ErasureAttestations.prepare(strict, l.state(), org.filiere.cession.AttestationPolicy.DEFAULT,
                Person.named("D"), "hub", on("2026-06-02"))).isInstanceOf(AttestationOutcome.Refused.class);
    }

    @Test
    void theAttestationViewOfACessionAgreementTakesEachMediumsLevelFromThePolicy() {
        org.filiere.cession.CessionAgreement agreement = org.filiere.reporting.document.AgreementDocuments.toAgreement(
                org.filiere.reporting.json.JsonDocuments.read("""
                        {"id": "CONV-2026-007",
                         "donor": {"kind": "COMPANY", "name": "Transalpine Logistique SAS", "siret": "44321759400011"},
                         "recipient": {"name": "Environnement et Solidarité", "category": "GENERAL_INTEREST_ASSOCIATION"},
                         "signedOn": "2026-03-02", "collectedOn": "2026-03-09", "confidentiality": "MODERATE",
                         "devices": [{"category": "LAPTOP", "manufacturer": "HP", "model": "EliteBook 840 G5",
                           "serialNumber": "5CG8401ABC", "media": [{"type": "NVME_SSD", "serialNumber": "S4DXNF0M400001",
                           "capacityBytes": 256060514304}]}]}""", "a.json",
                        org.filiere.reporting.document.AgreementDocument.class));
        AttestationAgreement view = AttestationAgreement.from(agreement,
                org.filiere.sanitization.DefaultSanitizationPolicy.STANDARD);
        assertThat(view.donor().siret()).isEqualTo("44321759400011");
        assertThat(view.devices()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("5CG8401ABC");
            assertThat(d.media()).containsExactly(new RequiredMedium("S4DXNF0M400001", MediaType.NVME_SSD, Level.PURGE));
        });
        assertThat(view.attestationDue(org.filiere.cession.AttestationPolicy.DEFAULT)).isEqualTo(LocalDate.of(2026, 9, 9));
    }
}
