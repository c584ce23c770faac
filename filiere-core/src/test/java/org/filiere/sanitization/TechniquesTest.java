package org.filiere.sanitization;

import static org.assertj.core.api.Assertions.assertThat;

import org.filiere.device.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TechniquesTest {

    @ParameterizedTest
    @EnumSource(value = MediaType.class, names = "MOBILE", mode = EnumSource.Mode.EXCLUDE)
    void softwareOverwriteIsClearOnEveryBlockMediumAndNeverPurge(MediaType media) {
        assertThat(Techniques.levelReached(media, Technique.OVERWRITE)).contains(Level.CLEAR);
    }

    @ParameterizedTest
    @EnumSource(MediaType.class)
    void noNonFirmwareTechniqueReachesPurgeOnAnyMedium(MediaType media) {
        for (MatrixEntry e : Techniques.entries(media)) {
            if (!e.technique().isFirmware() && !e.technique().isDestructive()) {
                assertThat(e.level()).as("%s on %s", e.technique(), media).isLessThan(Level.PURGE);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MediaType.class)
    void destructionReachesDestroyEverywhereAndEveryEntryCitesItsStandard(MediaType media) {
        assertThat(Techniques.levelReached(media, Technique.DESTROY_SHRED)).contains(Level.DESTROY);
        assertThat(Techniques.levelReached(media, Technique.DESTROY_DISINTEGRATE)).contains(Level.DESTROY);
        for (MatrixEntry e : Techniques.entries(media)) {
            assertThat(e.reference().document()).isNotBlank();
            assertThat(e.reference().section()).isNotBlank();
            assertThat(e.media()).isEqualTo(media);
        }
    }

    @Test
    void ataSecurityEraseIsPurgeOnHardDisksButClearOnSsds() {
        assertThat(Techniques.levelReached(MediaType.ATA_HDD, Technique.ATA_SECURITY_ERASE)).contains(Level.PURGE);
        assertThat(Techniques.levelReached(MediaType.ATA_SSD, Technique.ATA_SECURITY_ERASE)).contains(Level.CLEAR);
        assertThat(Techniques.levelReached(MediaType.SCSI_HDD, Technique.ATA_SECURITY_ERASE)).isEmpty();
    }

    @Test
    void flashReferencesCiteTableA8AndMagneticReferencesCiteTableA5() {
        assertThat(Techniques.entry(MediaType.USB_FLASH, Technique.OVERWRITE).orElseThrow().reference().citation())
                .isEqualTo("NIST SP 800-88 Rev. 1, Appendix A, Table A-8 (flash memory: USB removable media)");
        assertThat(Techniques.entry(MediaType.ATA_HDD, Technique.ATA_SECURITY_ERASE).orElseThrow().reference().text())
                .startsWith("NIST SP 800-88 Rev. 1, Appendix A, Table A-5")
                .contains("IEEE 2883-2022").contains("legacy");
    }

    @Test
    void nvmeSanitizeIsPurgePerIeee2883WhichRev1DoesNotName() {
        MatrixEntry e = Techniques.entry(MediaType.NVME_SSD, Technique.NVME_SANITIZE_BLOCK_ERASE).orElseThrow();
        assertThat(e.level()).isEqualTo(Level.PURGE);
        assertThat(e.reference().document()).isEqualTo(StandardReference.IEEE_2883);
        assertThat(e.reference().note()).contains("not named by NIST SP 800-88 Rev. 1");
    }

    @Test
    void reachingListsOnlyTechniquesAtOrAboveTheLevelInPreferenceOrder() {
        assertThat(Techniques.reaching(MediaType.USB_FLASH, Level.PURGE)).extracting(MatrixEntry::technique)
                .containsExactly(Technique.DESTROY_DISINTEGRATE, Technique.DESTROY_SHRED);
        assertThat(Techniques.reaching(MediaType.ATA_SSD, Level.PURGE)).extracting(MatrixEntry::technique)
                .startsWith(Technique.ATA_SANITIZE_BLOCK_ERASE, Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE,
                        Technique.TCG_CRYPTO_ERASE);
    }
}
