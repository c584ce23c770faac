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
}
