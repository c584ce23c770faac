package org.filiere.sanitization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.filiere.cession.Confidentiality;
import org.filiere.cession.DonorKind;
import org.filiere.device.AtaSecurity;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.junit.jupiter.api.Test;

class SanitizationDecisionTest {

    @Test
    void aUsbStickOfAModerateCompanyIsDestroyedAndTheExplanationSaysWhy() {
        SanitizationDecision d = Sanitization.decide(SanitizationPolicy.standard(), DonorKind.COMPANY,
                Confidentiality.MODERATE, DriveContext.of(MediaType.USB_FLASH));
        assertThat(d.requiredLevel()).isEqualTo(Level.PURGE);
        assertThat(d.requiresDestruction()).isTrue();
        assertThat(d.preferred().technique()).isEqualTo(Technique.DESTROY_DISINTEGRATE);
        assertThat(d.because().en()).contains("No non-destructive technique reaches PURGE on USB_FLASH");
        assertThat(d.because().in(Locale.FRENCH)).contains("doit être détruit");
        Rejection overwrite = d.rejection(Technique.OVERWRITE).orElseThrow();
        assertThat(overwrite.reaches()).isEqualTo(Level.CLEAR);
        assertThat(overwrite.reference().note()).contains("should be Destroyed");
    }

    @Test
    void aFrozenDriveIsRejectedWithTheSuspendOrReplugRemedy() {
        DriveContext ssd = DriveContext.of(MediaType.ATA_SSD).withCapabilities(Set.of(Technique.ATA_SECURITY_ERASE))
                .withSecurityFrozen(true);
        Rejection r = Sanitization.assess(Technique.ATA_SECURITY_ERASE, Level.CLEAR, ssd).orElseThrow();
        assertThat(r.reason()).isEqualTo(RejectionReason.SECURITY_FROZEN);
        assertThat(r.message().en()).contains("suspend").contains("re-plug");
        assertThat(r.message().fr()).contains("veille").contains("rebrancher");
    }

    @Test
    void noPassThroughIsRejectedWithTheDirectSataRemedy() {
        DriveContext hdd = DriveContext.of(MediaType.ATA_HDD).withCapabilities(Set.of(Technique.ATA_SECURITY_ERASE))
                .withAtaPassThrough(false);
        Rejection r = Sanitization.assess(Technique.ATA_SECURITY_ERASE, Level.PURGE, hdd).orElseThrow();
        assertThat(r.reason()).isEqualTo(RejectionReason.NO_ATA_PASS_THROUGH);
        assertThat(r.message().en()).contains("pass-through").contains("remedy");
    }

    @Test
    void anIndividualsLaptopNeedsOnlyAReinstall() {
        SanitizationDecision d = Sanitization.decide(SanitizationPolicy.standard(), DonorKind.INDIVIDUAL, null,
                DriveContext.of(MediaType.NVME_SSD));
        assertThat(d.requiredLevel()).isEqualTo(Level.REINSTALL);
        assertThat(d.preferred().technique()).isEqualTo(Technique.OS_REINSTALL);
        assertThat(d.requiresDestruction()).isFalse();
    }

    @Test
    void theContextOfAKnownMediumCarriesItsCapabilitiesAndSecurityState() {
        StorageMedium ssd = new StorageMedium(MediaType.ATA_SSD, "S4EVNX0N123456", "Samsung 860", 256060514304L,
                null, Set.of(Technique.ATA_SECURITY_ERASE, Technique.ATA_SANITIZE_BLOCK_ERASE),
                new AtaSecurity(true, false, false, true, false, true, 2, 2), HiddenAreaStatus.ABSENT);
        DriveContext c = DriveContext.of(ssd, true);
        assertThat(c.securityFrozen()).isTrue();
        SanitizationDecision d = Sanitization.decide(SanitizationPolicy.standard(), DonorKind.COMPANY,
                Confidentiality.LOW, c);
        assertThat(d.acceptable()).extracting(AcceptableTechnique::technique)
                .startsWith(Technique.ATA_SANITIZE_BLOCK_ERASE, Technique.OVERWRITE);
        assertThat(d.rejection(Technique.ATA_SECURITY_ERASE).orElseThrow().reason())
                .isEqualTo(RejectionReason.SECURITY_FROZEN);
    }

    @Test
    void everyAcceptableTechniqueCarriesItsVerificationAndReference() {
        SanitizationDecision d = Sanitization.decide(SanitizationPolicy.standard(), DonorKind.PUBLIC_INSTITUTION,
                Confidentiality.MODERATE, DriveContext.of(MediaType.NVME_SSD)
                        .withCapabilities(Set.of(Technique.NVME_SANITIZE_BLOCK_ERASE)));
        AcceptableTechnique a = d.preferred();
        assertThat(a.technique()).isEqualTo(Technique.NVME_SANITIZE_BLOCK_ERASE);
        assertThat(a.achieves()).isEqualTo(Level.PURGE);
        assertThat(a.verification().sampling()).isEqualTo(SamplingPlan.NIST);
        assertThat(a.reference().document()).isEqualTo(StandardReference.IEEE_2883);
        assertThat(d.requirement().reference().document()).isEqualTo(StandardReference.NIST_R1);
    }
}
