package org.filiere.sanitization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.filiere.FiliereException;
import org.filiere.device.MediaType;
import org.junit.jupiter.api.Test;

class SanitizationRecordTest {
    private static final Instant T0 = Instant.parse("2026-06-02T07:00:00Z");

    static SanitizationRecord record(MediaType media, Technique technique, SanitizationResult result,
                                     Verification verification, HiddenAreaStatus hidden) {
        return new SanitizationRecord("SN-1", media, technique,
                new TechniqueParameters("zero", 2, "0x00", 1, VerificationMode.FULL, false),
                new ToolInfo("nwipe", "0.33"), T0, T0.plusSeconds(60), result, verification, ErrorCounts.NONE,
                hidden, 1024, "op", "hub", null);
    }

    private static final Verification FULL_OK = new Verification(VerificationMode.FULL, true, 0, "");

    @Test
    void verifiedOverwriteOfAnHddWithoutHiddenAreasMeetsClearButNotPurge() {
        SanitizationRecord r = record(MediaType.ATA_HDD, Technique.OVERWRITE, new SanitizationResult.Completed(),
                FULL_OK, HiddenAreaStatus.ABSENT);
        assertThat(r.meets(Level.CLEAR)).isTrue();
        assertThat(r.meets(Level.PURGE)).isFalse();
    }

    @Test
    void failedVerificationMeetsNothing() {
        SanitizationRecord r = record(MediaType.ATA_HDD, Technique.OVERWRITE, new SanitizationResult.Completed(),
                new Verification(VerificationMode.FULL, false, 65536, "not zeroed"), HiddenAreaStatus.ABSENT);
        assertThat(r.levelAchieved()).isEmpty();
    }

    @Test
    void unknownHiddenAreasBlockAtaButNotNvme() {
        assertThat(record(MediaType.ATA_HDD, Technique.OVERWRITE, new SanitizationResult.Completed(), FULL_OK,
                HiddenAreaStatus.UNKNOWN).meets(Level.CLEAR)).isFalse();
        assertThat(record(MediaType.NVME_SSD, Technique.NVME_SANITIZE_BLOCK_ERASE,
                new SanitizationResult.Completed(), FULL_OK, HiddenAreaStatus.NOT_APPLICABLE).meets(Level.PURGE))
                .isTrue();
    }

    @Test
    void aRecordCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new SanitizationRecord("SN", MediaType.ATA_HDD, Technique.OVERWRITE,
                TechniqueParameters.firmware("x", VerificationMode.NONE), new ToolInfo("t", "1"), T0,
                T0.minusSeconds(1), new SanitizationResult.Completed(), Verification.none(), ErrorCounts.NONE,
                HiddenAreaStatus.ABSENT, 0, "op", "hub", null))
                .isInstanceOf(FiliereException.class).hasMessageContaining("endedAt");
    }

    private static final SanitizationResult DONE = new SanitizationResult.Completed();
    private static final Verification SAMPLED_OK = new Verification(VerificationMode.SAMPLED, true, 0, "");
    private static final Verification FULL_FAILED = new Verification(VerificationMode.FULL, false, 12, "12 sectors");

    @org.junit.jupiter.params.ParameterizedTest(name = "failed verification of {0} on {1} meets nothing from CLEAR up")
    @org.junit.jupiter.params.provider.CsvSource({
        "OVERWRITE, ATA_HDD", "OVERWRITE, USB_FLASH", "ATA_SECURITY_ERASE, ATA_HDD",
        "NVME_SANITIZE_BLOCK_ERASE, NVME_SSD", "DESTROY_SHRED, ATA_HDD"})
    void failedVerificationMeetsNoLevelFromClearUp(Technique technique, MediaType media) {
        Verification failed = technique.isDestructive()
                ? new Verification(VerificationMode.VISUAL_INSPECTION, false, 0, "fragments too large")
                : FULL_FAILED;
        SanitizationRecord r = record(media, technique, DONE, failed, HiddenAreaStatus.ABSENT);
        assertThat(r.meets(Level.CLEAR)).isFalse();
        assertThat(r.meets(Level.PURGE)).isFalse();
        assertThat(r.meets(Level.DESTROY)).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "ATA drive with hidden areas {0} meets neither CLEAR nor PURGE")
    @org.junit.jupiter.params.provider.EnumSource(value = HiddenAreaStatus.class, names = {"PRESENT", "UNKNOWN"})
    void ataHiddenAreasPresentOrUnknownBlockClearAndPurge(HiddenAreaStatus hidden) {
        assertThat(record(MediaType.ATA_HDD, Technique.OVERWRITE, DONE, FULL_OK, hidden).meets(Level.CLEAR)).isFalse();
        assertThat(record(MediaType.ATA_HDD, Technique.ATA_SECURITY_ERASE, DONE, SAMPLED_OK, hidden)
                .meets(Level.PURGE)).isFalse();
        assertThat(record(MediaType.ATA_SSD, Technique.ATA_SANITIZE_BLOCK_ERASE, DONE, SAMPLED_OK, hidden)
                .meets(Level.CLEAR)).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} is not blocked by hidden areas {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "NVME_SSD, OVERWRITE, NOT_APPLICABLE", "NVME_SSD, OVERWRITE, UNKNOWN",
        "SCSI_HDD, OVERWRITE, UNKNOWN", "USB_FLASH, OVERWRITE, UNKNOWN", "MEMORY_CARD, OVERWRITE, NOT_APPLICABLE"})
    void mediaWithoutAtaFeatureSetsAreNotBlockedByHiddenAreas(MediaType media, Technique t, HiddenAreaStatus hidden) {
        assertThat(record(media, t, DONE, FULL_OK, hidden).meets(Level.CLEAR)).isTrue();
    }

    @Test
    void aLoopDeviceRecordedWithoutAtaFeatureSetsIsNotBlocked() {
        // loop devices (CI, demos) expose no HPA/DCO: the wipe adapter records them NOT_APPLICABLE
        assertThat(record(MediaType.ATA_HDD, Technique.OVERWRITE, DONE, FULL_OK, HiddenAreaStatus.NOT_APPLICABLE)
                .meets(Level.CLEAR)).isTrue();
    }

    @Test
    void aFirmwarePurgeVerifiedOnlyByItsStatusIsNotProven() {
        SanitizationRecord r = record(MediaType.NVME_SSD, Technique.NVME_SANITIZE_BLOCK_ERASE, DONE,
                new Verification(VerificationMode.FIRMWARE_STATUS_ONLY, true, 0, "SSTAT completed"),
                HiddenAreaStatus.NOT_APPLICABLE);
        assertThat(r.meets(Level.CLEAR)).isFalse();
        assertThat(record(MediaType.NVME_SSD, Technique.NVME_SANITIZE_BLOCK_ERASE, DONE, SAMPLED_OK,
                HiddenAreaStatus.NOT_APPLICABLE).meets(Level.PURGE)).isTrue();
    }

    @Test
    void aStrongerTechniqueMeetsWeakerLevelsButNotStrongerOnes() {
        SanitizationRecord r = record(MediaType.ATA_HDD, Technique.ATA_SECURITY_ERASE, DONE, SAMPLED_OK,
                HiddenAreaStatus.ABSENT);
        assertThat(r.meets(Level.REINSTALL)).isTrue();
        assertThat(r.meets(Level.CLEAR)).isTrue();
        assertThat(r.meets(Level.PURGE)).isTrue();
        assertThat(r.meets(Level.DESTROY)).isFalse();
    }

    @Test
    void securityEraseOnAnSsdMeetsClearOnly() {
        SanitizationRecord r = record(MediaType.ATA_SSD, Technique.ATA_SECURITY_ERASE, DONE, SAMPLED_OK,
                HiddenAreaStatus.ABSENT);
        assertThat(r.levelAchieved()).contains(Level.CLEAR);
    }

    @Test
    void anInspectedDestructionMeetsDestroyWhateverTheHiddenAreas() {
        SanitizationRecord r = record(MediaType.ATA_SSD, Technique.DESTROY_DISINTEGRATE, DONE,
                new Verification(VerificationMode.VISUAL_INSPECTION, true, 0, "2 mm particles"),
                HiddenAreaStatus.UNKNOWN);
        assertThat(r.meets(Level.DESTROY)).isTrue();
    }

    @Test
    void aReinstallNeedsNoVerificationButMeetsOnlyReinstall() {
        SanitizationRecord r = record(MediaType.ATA_SSD, Technique.OS_REINSTALL, DONE, Verification.none(),
                HiddenAreaStatus.UNKNOWN);
        assertThat(r.meets(Level.REINSTALL)).isTrue();
        assertThat(r.meets(Level.CLEAR)).isFalse();
    }

    @Test
    void anInterruptedRunMeetsNothing() {
        SanitizationRecord r = record(MediaType.ATA_HDD, Technique.OVERWRITE,
                new SanitizationResult.Interrupted("power cut"), FULL_OK, HiddenAreaStatus.ABSENT);
        assertThat(r.meets(Level.REINSTALL)).isFalse();
    }
}
