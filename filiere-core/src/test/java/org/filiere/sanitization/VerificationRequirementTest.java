package org.filiere.sanitization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VerificationRequirementTest {

    @Test
    void overwriteNeedsAFullReadBack() {
        VerificationRequirement v = VerificationRequirement.forTechnique(Technique.OVERWRITE);
        assertThat(v.mode()).isEqualTo(VerificationMode.FULL);
        assertThat(v.accepts(VerificationMode.SAMPLED)).isFalse();
        assertThat(v.sampling()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = Technique.class, names = {"ATA_SECURITY_ERASE", "ATA_SANITIZE_BLOCK_ERASE",
        "SCSI_SANITIZE_OVERWRITE", "NVME_FORMAT_USER_DATA_ERASE", "NVME_SANITIZE_BLOCK_ERASE"})
    void firmwareCommandsNeedTheirStatusPlusANistSampledReadBack(Technique t) {
        VerificationRequirement v = VerificationRequirement.forTechnique(t);
        assertThat(v.firmwareStatus()).isTrue();
        assertThat(v.mode()).isEqualTo(VerificationMode.SAMPLED);
        assertThat(v.accepts(VerificationMode.FIRMWARE_STATUS_ONLY)).as("status alone is not enough").isFalse();
        assertThat(v.sampling().minSubsections()).isEqualTo(1000);
        assertThat(v.sampling().minCoveragePercent()).isEqualTo(10.0);
        assertThat(v.sampling().pseudorandomLocationsPerSubsection()).isEqualTo(2);
        assertThat(v.sampling().firstAndLastLocation()).isTrue();
        assertThat(v.beforeAfterComparison()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Technique.class, names = {"ATA_SANITIZE_CRYPTO_SCRAMBLE", "SCSI_SANITIZE_CRYPTO_ERASE",
        "NVME_FORMAT_CRYPTO_ERASE", "NVME_SANITIZE_CRYPTO_ERASE", "TCG_CRYPTO_ERASE"})
    void cryptographicEraseNeedsABeforeAfterComparison(Technique t) {
        VerificationRequirement v = VerificationRequirement.forTechnique(t);
        assertThat(v.beforeAfterComparison()).isTrue();
        assertThat(v.reference().section()).contains("§2.6");
    }

    @Test
    void destructionIsVerifiedByVisualInspection() {
        assertThat(VerificationRequirement.forTechnique(Technique.DESTROY_SHRED).mode())
                .isEqualTo(VerificationMode.VISUAL_INSPECTION);
        assertThat(VerificationRequirement.forTechnique(Technique.DESTROY_SHRED).accepts(VerificationMode.FULL))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(Technique.class)
    void everyTechniqueHasABilingualRequirementWithAReference(Technique t) {
        VerificationRequirement v = VerificationRequirement.forTechnique(t);
        assertThat(v.description().fr()).isNotBlank();
        assertThat(v.description().en()).isNotBlank();
        assertThat(v.reference().citation()).isNotBlank();
        assertThat(v.accepts(v.mode())).isTrue();
    }
}
