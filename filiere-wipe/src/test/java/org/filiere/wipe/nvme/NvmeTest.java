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
import org.filiere.sanitization.VerificationMode;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.engine.Progress;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeTarget;
import org.filiere.wipe.testing.FakeProcessRunner;
import org.filiere.wipe.testing.Fixtures;
import org.filiere.wipe.testing.MemoryMedium;
import org.filiere.wipe.verify.ReadBackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NvmeTest {
    private static final String JSON = Fixtures.read("nvme/derived-samsung-pm1733-id-ctrl.json");
    private final WipeContext ctx = new WipeContext(Clock.systemUTC(), "op", "hub");
    private final NvmeConfig config = NvmeConfig.defaults().withPollInterval(Duration.ZERO)
            .withReadBack(ReadBackSettings.nist().withSeed(1733L));
    /** The namespace's user data: 16 MiB of 512-byte blocks, read back before and after the fake firmware. */
    private final MemoryMedium namespace = new MemoryMedium(16 << 20, 512).fillRandom(9);

    private NvmeEngine engine(FakeProcessRunner fake) {
        return new NvmeEngine(fake, ctx, config, namespace);
    }

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
                .on(List.of("nvme", "sanitize", "/dev/nvme0", "--sanact=2", "--force"), () -> namespace.fill(0), 0, "")
                .on(List.of("sanitize-log"), 1, 0, "{\"nvme0\": {\"sprog\": 16384, \"sstat\": 2}}", "")
                .on(List.of("sanitize-log"), 1, 0, "{\"nvme0\": {\"sprog\": 49152, \"sstat\": 2}}", "")
                .on(List.of("sanitize-log"), 0, "{\"nvme0\": {\"sprog\": 65535, \"sstat\": 257}}");
        List<Progress> progress = new ArrayList<>();
        SanitizationRecord r = engine(fake).run(
                WipeJob.firmware(target(), Technique.NVME_SANITIZE_BLOCK_ERASE), progress::add, null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
        assertThat(r.verification().mode()).isEqualTo(VerificationMode.SAMPLED);
        assertThat(r.verification().passed()).isTrue();
        assertThat(r.meets(Level.PURGE)).isTrue();
        assertThat(r.verification().detail()).contains("SPROG 65535").contains("0x101").contains("seed 1733");
        assertThat(r.tool().version()).isEqualTo("2.3 (git 2.3)");
        assertThat(progress).extracting(Progress::fraction)
                .containsSubsequence(16384 / 65535.0, 49152 / 65535.0, 1.0);
    }

    @Test
    void overwriteSanitizeIsRefusedWhenSanicapLacksIt() {
        FakeProcessRunner fake = base();
        SanitizationRecord r = engine(fake).run(
                WipeJob.firmware(target(), Technique.NVME_SANITIZE_OVERWRITE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("sanicap 0x3");
        assertThat(fake.callsWith("sanitize")).isEmpty();
    }

    @Test
    void formatCryptoEraseUsesSes2OnTheNamespace() {
        FakeProcessRunner fake = base().on(List.of("nvme", "format", "/dev/nvme0n1", "--ses=2", "--force"),
                () -> namespace.fillRandom(10), 0, "Success formatting namespace:1");
        SanitizationRecord r = engine(fake).run(
                WipeJob.firmware(target(), Technique.NVME_FORMAT_CRYPTO_ERASE), null, null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
        assertThat(r.parameters().method()).isEqualTo("format-ses2");
        assertThat(r.verification().mode()).isEqualTo(VerificationMode.SAMPLED);
        assertThat(r.verification().detail()).contains("before/after comparison (cryptographic erase)");
        assertThat(r.meets(Level.PURGE)).isTrue();
    }

    @Test
    void aFormatThatChangedNothingFailsTheReadBackWithEveryLocationCounted() {
        FakeProcessRunner fake = base().on(List.of("nvme", "format", "/dev/nvme0n1", "--ses=1", "--force"), 0,
                "Success formatting namespace:1");
        SanitizationRecord r = engine(fake).run(
                WipeJob.firmware(target(), Technique.NVME_FORMAT_USER_DATA_ERASE), null, null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
        assertThat(r.verification().mode()).isEqualTo(VerificationMode.SAMPLED);
        assertThat(r.verification().passed()).isFalse();
        assertThat(r.verification().errors()).isEqualTo(4000);
        assertThat(r.meets(Level.PURGE)).isFalse();
    }

    @Test
    void aNeverWrittenNamespaceThatStaysZeroAfterFormatIsConsistentButDataAppearingIsNot() {
        namespace.fill(0, 8 << 20, 0x00); // first half never written
        FakeProcessRunner fake = base().on(List.of("nvme", "format", "/dev/nvme0n1", "--ses=1", "--force"),
                () -> namespace.fill(0x00), 0, "Success formatting namespace:1");
        SanitizationRecord ok = engine(fake).run(
                WipeJob.firmware(target(), Technique.NVME_FORMAT_USER_DATA_ERASE), null, null);
        assertThat(ok.verification().passed()).isTrue();
        assertThat(ok.verification().detail()).containsPattern("\\d+ changed, \\d+ uniform before and after, 0 failing");
        assertThat(ok.meets(Level.PURGE)).isTrue();

        namespace.fillRandom(11).fill(0, 8 << 20, 0x00);
        FakeProcessRunner garbage = base().on(List.of("nvme", "format", "/dev/nvme0n1", "--ses=1", "--force"),
                () -> namespace.fillRandom(12), 0, "Success formatting namespace:1");
        SanitizationRecord bad = engine(garbage).run(
                WipeJob.firmware(target(), Technique.NVME_FORMAT_USER_DATA_ERASE), null, null);
        assertThat(bad.verification().passed()).isFalse();
        assertThat(bad.verification().errors()).isBetween(1950L, 2050L);
        assertThat(bad.verification().detail()).contains("uniform (ZEROS) before the erase but holds non-uniform");
    }

    @Test
    void aQuickReadBackBelowNistIsRecordedAsStatusOnlyAndNeverAsSampled() {
        FakeProcessRunner fake = base().on(List.of("nvme", "format", "/dev/nvme0n1", "--ses=1", "--force"),
                () -> namespace.fill(0), 0, "Success formatting namespace:1");
        NvmeConfig quick = config.withReadBack(ReadBackSettings.nist().withSeed(5).withFigures(100, 2, 1.0));
        SanitizationRecord r = new NvmeEngine(fake, ctx, quick, namespace).run(
                WipeJob.firmware(target(), Technique.NVME_FORMAT_USER_DATA_ERASE), null, null);
        assertThat(r.verification().mode()).isEqualTo(VerificationMode.FIRMWARE_STATUS_ONLY);
        assertThat(r.verification().passed()).isTrue();
        assertThat(r.verification().detail()).startsWith("QUICK read-back below the NIST SP 800-88 r1 §4.7 plan")
                .contains("400 locations in 100 subsections");
        assertThat(r.meets(Level.PURGE)).isFalse();
    }

    @Test
    void aFailedSanitizeIsAFailedRecord() {
        FakeProcessRunner fake = base()
                .on(List.of("sanitize-log"), 1, 0, "{\"sprog\": 0, \"sstat\": 0}", "")
                .on(List.of("nvme", "sanitize"), 0, "")
                .on(List.of("sanitize-log"), 0, "{\"sprog\": 65535, \"sstat\": 3}");
        SanitizationRecord r = engine(fake).run(
                WipeJob.firmware(target(), Technique.NVME_SANITIZE_CRYPTO_ERASE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("SSTAT 0x3");
    }

    @Test
    void controllerOfANamespace() {
        assertThat(NvmeEngine.controllerOf(Path.of("/dev/nvme2n1"))).isEqualTo(Path.of("/dev/nvme2"));
        assertThat(NvmeEngine.controllerOf(Path.of("/dev/nvme2"))).isEqualTo(Path.of("/dev/nvme2"));
    }
}
