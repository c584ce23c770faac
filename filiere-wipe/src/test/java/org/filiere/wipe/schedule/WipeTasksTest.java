package org.filiere.wipe.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.filiere.device.AtaSecurity;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Technique;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WipeTasksTest {

    @ParameterizedTest(name = "{0} x{1} verify {2} blank {3} = {4} passes")
    @CsvSource({
        "zero, 1, LAST, true, 3",
        "zero, 1, OFF, false, 1",
        "zero, 2, ALL, true, 6",
        "dodshort, 1, LAST, true, 5",
        "dodshort, 1, ALL, false, 6",
        "ops2, 1, LAST, true, 10",
        "is5enh, 1, OFF, false, 4",
        "gutmann, 1, LAST, true, 37",
        "verify_zero, 1, OFF, false, 1",
    })
    void nwipeRecipeCountsFullTransfers(String method, int rounds, WipeTasks.Verify verify, boolean blank,
                                         int passes) {
        assertThat(new WipeTasks.NwipeRecipe(method, rounds, verify, blank).passes()).isEqualTo(passes);
    }

    @Test
    void overwriteTaskUsesCapacityPassesAndSpeed() {
        StorageMedium hdd = new StorageMedium(MediaType.ATA_HDD, "WD-1", null, 500_107_862_016L, 7200, Set.of(),
                null, HiddenAreaStatus.UNKNOWN);
        Task.Overwrite t = WipeTasks.overwrite(hdd, new WipeTasks.NwipeRecipe("zero", 1, WipeTasks.Verify.LAST, true),
                WipeTasks.defaultSpeedMBps(hdd), null);
        assertThat(t.id()).isEqualTo("WD-1");
        assertThat(t.passes()).isEqualTo(3);
        assertThat(t.driveMBps()).isEqualTo(120);
        assertThat(t.workMB()).isEqualTo(500_107.862016 * 3);
    }

    @Test
    void firmwareTimeComesFromHdparmEstimateAndAtaNeedsPassThrough() {
        AtaSecurity sec = new AtaSecurity(true, false, false, false, false, true, 98, 168);
        StorageMedium hdd = new StorageMedium(MediaType.ATA_HDD, "S1", null, 1_000_000_000_000L, null, Set.of(),
                sec, HiddenAreaStatus.UNKNOWN);
        assertThat(WipeTasks.firmware(hdd, Technique.ATA_SECURITY_ERASE, null).firmwareSeconds()).isEqualTo(98 * 60);
        assertThat(WipeTasks.firmware(hdd, Technique.ATA_SECURITY_ERASE_ENHANCED, null).firmwareSeconds())
                .isEqualTo(168 * 60);
        assertThat(WipeTasks.firmware(hdd, Technique.ATA_SECURITY_ERASE, null).requiresAtaPassThrough()).isTrue();
        StorageMedium nvme = StorageMedium.of(MediaType.NVME_SSD, "N1", 512_000_000_000L);
        Task.Firmware f = WipeTasks.firmware(nvme, Technique.NVME_FORMAT_CRYPTO_ERASE, null);
        assertThat(f.firmwareSeconds()).isEqualTo(60);
        assertThat(f.requiresAtaPassThrough()).isFalse();
    }
}
