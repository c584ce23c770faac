package org.filiere.sanitization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filiere.FiliereException;
import org.filiere.cession.Confidentiality;
import org.filiere.cession.DonorKind;
import org.filiere.device.MediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SanitizationPolicyTest {
    private static final SanitizationPolicy STANDARD = SanitizationPolicy.standard();

    @ParameterizedTest(name = "{0} with confidentiality {1} needs {2}")
    @CsvSource(nullValues = "NONE", value = {
        "INDIVIDUAL, NONE, REINSTALL",
        "INDIVIDUAL, LOW, REINSTALL",
        "INDIVIDUAL, MODERATE, PURGE",
        "INDIVIDUAL, HIGH, DESTROY",
        "COMPANY, NONE, CLEAR",
        "COMPANY, LOW, CLEAR",
        "COMPANY, MODERATE, PURGE",
        "COMPANY, HIGH, DESTROY",
        "ASSOCIATION, NONE, CLEAR",
        "ASSOCIATION, MODERATE, PURGE",
        "PUBLIC_INSTITUTION, NONE, CLEAR",
        "PUBLIC_INSTITUTION, HIGH, DESTROY",
    })
    void standardPolicyFollowsTheWorkshopRuleAndTheNistDecisionFlow(DonorKind donor, Confidentiality c,
                                                                     Level expected) {
        assertThat(STANDARD.requiredLevel(donor, c, MediaType.ATA_HDD).level()).isEqualTo(expected);
    }

    @Test
    void individualsCiteTheWorkshopReportAndOrganisationsCiteNist() {
        LevelRequirement individual = STANDARD.requiredLevel(DonorKind.INDIVIDUAL, null, MediaType.ATA_SSD);
        assertThat(individual.reference().document()).contains("atelier");
        assertThat(individual.because().fr()).contains("particulier");
        LevelRequirement company = STANDARD.requiredLevel(DonorKind.COMPANY, null, MediaType.ATA_SSD);
        assertThat(company.reference().citation()).isEqualTo(
                "NIST SP 800-88 Rev. 1, §4, Figure 4-1 (Sanitization and Disposition Decision Flow)");
        assertThat(company.because().en()).contains("states no confidentiality, taken as LOW");
    }

    @Test
    void aMinimumRaisesEveryAnswerAndSaysSo() {
        SanitizationPolicy strict = DefaultSanitizationPolicy.STANDARD.withMinimum(Level.PURGE);
        assertThat(strict.requiredLevel(DonorKind.COMPANY, Confidentiality.LOW, MediaType.ATA_HDD).level())
                .isEqualTo(Level.PURGE);
        LevelRequirement individual = strict.requiredLevel(DonorKind.INDIVIDUAL, null, MediaType.ATA_HDD);
        assertThat(individual.level()).isEqualTo(Level.PURGE);
        assertThat(individual.because().en()).contains("raised to PURGE");
        assertThat(strict.requiredLevel(DonorKind.COMPANY, Confidentiality.HIGH, MediaType.ATA_HDD).level())
                .as("a minimum never lowers").isEqualTo(Level.DESTROY);
    }

    @Test
    void anApplicationCanAssumeModerateWhenTheAgreementIsSilent() {
        SanitizationPolicy p = DefaultSanitizationPolicy.STANDARD.withAssumedWhenAbsent(Confidentiality.MODERATE);
        assertThat(p.requiredLevel(DonorKind.ASSOCIATION, null, MediaType.NVME_SSD).level()).isEqualTo(Level.PURGE);
    }

    @Test
    void thePolicyIsReplaceableByAnyImplementation() {
        SanitizationPolicy destroyUsbSticks = (donor, c, media) -> media == MediaType.USB_FLASH
                ? new LevelRequirement(Level.DESTROY, new org.filiere.text.BilingualText("clés détruites",
                        "sticks destroyed"), new StandardReference("house rule", "1", null, true))
                : STANDARD.requiredLevel(donor, c, media);
        SanitizationDecision d = Sanitization.decide(destroyUsbSticks, DonorKind.INDIVIDUAL, null,
                DriveContext.of(MediaType.USB_FLASH));
        assertThat(d.requiredLevel()).isEqualTo(Level.DESTROY);
        assertThat(d.destructionReason()).contains(DestructionReason.LEVEL_REQUIRES_DESTRUCTION);
    }

    @Test
    void levelsMustNotDecreaseAsConfidentialityRises() {
        assertThatThrownBy(() -> new DefaultSanitizationPolicy(Level.REINSTALL, Level.PURGE, Level.CLEAR,
                Level.DESTROY, Confidentiality.LOW, Level.REINSTALL)).isInstanceOf(FiliereException.class);
    }
}
