package org.filiere.wipe.nvme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.engine.Progress;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeTarget;
import org.filiere.wipe.testing.FakeProcessRunner;
import org.filiere.wipe.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NvmeTest {
    private static final String JSON = Fixtures.read("nvme/derived-samsung-pm1733-id-ctrl.json");
    private final WipeContext ctx = new WipeContext(Clock.systemUTC(), "op", "hub");
    private final NvmeConfig config = NvmeConfig.defaults().withPollInterval(Duration.ZERO);

    @Test
    void jsonAndHumanTextOfTheSameControllerAgree() {
        NvmeController json = NvmeIdCtrlParser.parseJson(JSON);
        NvmeController text = NvmeIdCtrlParser.parseText(Fixtures.read("nvme/01_samsung_pm1733_id-ctrl_H.txt"));
        assertThat(text).isEqualTo(json);
        assertThat(json.model()).isEqualTo("SAMSUNG MZWLJ7T6HALA-00AU3");
        assertThat(json.serial()).isEqualTo("S5RTNC0T104269");
        assertThat(json.oacs()).isEqualTo(0x5f);
        assertThat(json.sanicap()).isEqualTo(0x3);
        assertThat(json.fna()).isEqualTo(0x4);
        assertThat(json.totalCapacity()).isEqualTo(7681501126656L);
        assertThat(json.formatSupported()).isTrue();
        assertThat(json.sanitizeCryptoErase()).isTrue();
        assertThat(json.sanitizeBlockErase()).isTrue();
        assertThat(json.sanitizeOverwrite()).isFalse();
        assertThat(json.formatCryptoEraseSupported()).isTrue();
        assertThat(json.capabilities()).containsExactlyInAnyOrder(Technique.NVME_SANITIZE_BLOCK_ERASE,
                Technique.NVME_SANITIZE_CRYPTO_ERASE, Technique.NVME_FORMAT_USER_DATA_ERASE,
                Technique.NVME_FORMAT_CRYPTO_ERASE);
        assertThat(json.warnings()).anyMatch(w -> w.contains("per namespace"));
    }

    @Test
    void otherJsonIsRefused() {
        assertThatThrownBy(() -> NvmeIdCtrlParser.parseJson("{\"blockdevices\": []}"))
                .isInstanceOf(ToolOutputException.class);
        assertThatThrownBy(() -> NvmeIdCtrlParser.parseText("hello")).isInstanceOf(ToolOutputException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Sanitize Progress                      (SPROG) :  65535\\nSanitize Status                        (SSTAT) :  0x101; true; false; false",
        "Sanitize Progress                      (SPROG) :  32768\\nSanitize Status                        (SSTAT) :  0x2; false; true; false",
        "Sanitize Progress                      (SPROG) :  65535\\nSanitize Status                        (SSTAT) :  0x3; false; false; true",
        "{\"nvme0\": {\"sprog\": 65535, \"sstat\": 257, \"cdw10_info\": 2}}; true; false; false",
        "{\"sprog\": 100, \"sstat\": 2}; false; true; false",
        "Sanitize Progress (SPROG) : 1000\\nSanitize Status (SSTAT) : 0x1; false; false; false",
        "garbage; false; false; false",
    })
    void sanitizeLogCompletesOnlyWithSprog65535AndADoneStatus(String out, boolean done, boolean running,
                                                              boolean failed) {
        SanitizeLog log = SanitizeLog.parse(out.replace("\\n", "\n"));
        assertThat(log.completed()).isEqualTo(done);
        assertThat(log.inProgress()).isEqualTo(running);
        assertThat(log.failed()).isEqualTo(failed);
    }

    private static WipeTarget target() {
        return WipeTarget.of(Path.of("/dev/nvme0n1"), new StorageMedium(MediaType.NVME_SSD, "S5RTNC0T104269",
                null, null, null, Set.of(), null, null));
    }

    private static FakeProcessRunner base() {
        return new FakeProcessRunner().on(List.of("nvme", "version"), 0, "nvme version 2.3 (git 2.3)")
                .on(List.of("nvme", "id-ctrl", "/dev/nvme0", "-o", "json"), 0, JSON);
    }

    @Test
    void sanitizeBlockEraseGoesToTheControllerAndPollsTheLogUntilDone() {
        FakeProcessRunner fake = base()
                .on(List.of("sanitize-log"), 1, 0, "{\"nvme0\": {\"sprog\": 65535, \"sstat\": 0}}", "")
                .on(List.of("nvme", "sanitize", "/dev/nvme0", "--sanact=2", "--force"), 0, "")
                .on(List.of("sanitize-log"), 1, 0, "{\"nvme0\": {\"sprog\": 16384, \"sstat\": 2}}", "")
                .on(List.of("sanitize-log"), 1, 0, "{\"nvme0\": {\"sprog\": 49152, \"sstat\": 2}}", "")
                .on(List.of("sanitize-log"), 0, "{\"nvme0\": {\"sprog\": 65535, \"sstat\": 257}}");
        List<Progress> progress = new ArrayList<>();
        SanitizationRecord r = new NvmeEngine(fake, ctx, config).run(
                WipeJob.firmware(target(), Technique.NVME_SANITIZE_BLOCK_ERASE), progress::add, null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
        // Status alone is not enough: NIST SP 800-88 r1 §4.7 wants a sampled read-back before PURGE is proven.
        assertThat(r.meets(Level.PURGE)).isFalse();
        assertThat(r.verification().detail()).contains("SPROG 65535").contains("0x101");
        assertThat(r.tool().version()).isEqualTo("2.3 (git 2.3)");
        assertThat(progress).extracting(Progress::fraction)
                .containsSubsequence(16384 / 65535.0, 49152 / 65535.0, 1.0);
    }

    @Test
    void overwriteSanitizeIsRefusedWhenSanicapLacksIt() {
        FakeProcessRunner fake = base();
        SanitizationRecord r = new NvmeEngine(fake, ctx, config).run(
                WipeJob.firmware(target(), Technique.NVME_SANITIZE_OVERWRITE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("sanicap 0x3");
        assertThat(fake.callsWith("sanitize")).isEmpty();
    }

    @Test
    void formatCryptoEraseUsesSes2OnTheNamespace() {
        FakeProcessRunner fake = base().on(List.of("nvme", "format", "/dev/nvme0n1", "--ses=2", "--force"), 0,
                "Success formatting namespace:1");
        SanitizationRecord r = new NvmeEngine(fake, ctx, config).run(
                WipeJob.firmware(target(), Technique.NVME_FORMAT_CRYPTO_ERASE), null, null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
        assertThat(r.parameters().method()).isEqualTo("format-ses2");
    }

    @Test
    void aFailedSanitizeIsAFailedRecord() {
        FakeProcessRunner fake = base()
                .on(List.of("sanitize-log"), 1, 0, "{\"sprog\": 0, \"sstat\": 0}", "")
                .on(List.of("nvme", "sanitize"), 0, "")
                .on(List.of("sanitize-log"), 0, "{\"sprog\": 65535, \"sstat\": 3}");
        SanitizationRecord r = new NvmeEngine(fake, ctx, config).run(
                WipeJob.firmware(target(), Technique.NVME_SANITIZE_CRYPTO_ERASE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("SSTAT 0x3");
    }

    @Test
    void controllerOfANamespace() {
        assertThat(NvmeEngine.controllerOf(Path.of("/dev/nvme2n1"))).isEqualTo(Path.of("/dev/nvme2"));
        assertThat(NvmeEngine.controllerOf(Path.of("/dev/nvme2"))).isEqualTo(Path.of("/dev/nvme2"));
    }
}
