package org.filiere.wipe.hdparm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.VerificationMode;
import org.filiere.wipe.engine.Progress;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeTarget;
import org.filiere.wipe.testing.FakeProcessRunner;
import org.filiere.wipe.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The hdparm workflows driven through a fake runner replaying recorded outputs. */
class HdparmEngineTest {
    private static final String DEV = "/dev/sdb";
    private static final String NO_HPA = "\n/dev/sdb:\n max sectors   = 1000215216/1000215216, HPA is disabled\n";
    private static final String DCO = "\n/dev/sdb:\nDCO Revision: 0x0002\n\tReal max sectors: 1000215216\n";
    private static final String NOT_USB = "{\"blockdevices\": [{\"name\": \"sdb\", \"tran\": \"sata\"}]}";

    private final WipeContext ctx = new WipeContext(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"),
            ZoneOffset.UTC), "op", "hub");
    private final HdparmConfig config = HdparmConfig.defaults().withPollInterval(Duration.ZERO)
            .withPasswords(() -> "fl0123abcd");

    private static WipeTarget target(MediaType type, String serial) {
        return WipeTarget.of(Path.of(DEV), new StorageMedium(type, serial, "x", 512110190592L, null, Set.of(),
                null, null));
    }

    private static FakeProcessRunner base(String identify) {
        return new FakeProcessRunner()
                .on(List.of("hdparm", "-V"), 0, "hdparm v9.65")
                .on(List.of("hdparm", "-I", DEV), 1, 0, identify, "")
                .on(List.of("lsblk"), 0, NOT_USB)
                .on(List.of("-N"), 0, NO_HPA)
                .on(List.of("--dco-identify"), 0, DCO);
    }

    @Test
    void aFrozenDriveIsRefusedWithRemediesAndNoSecurityCommandIsSent() {
        FakeProcessRunner fake = base(Fixtures.read("hdparm/01_intel_ssd_frozen.txt"));
        SanitizationRecord r = new HdparmEngine(fake, ctx, config).run(
                WipeJob.firmware(target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SECURITY_ERASE),
                null, null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Failed.class);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("frozen").contains("suspend")
                .contains("re-plug");
        assertThat(fake.callsWith("--security-set-pass")).isEmpty();
        assertThat(fake.callsWith("--security-erase")).isEmpty();
        assertThat(r.hiddenAreas()).isEqualTo(HiddenAreaStatus.ABSENT);
        assertThat(r.rawLogSha256()).hasSize(64);
    }

    @Test
    void enhancedSecurityEraseWithPasswordThenCheckDisabled() {
        String id = Fixtures.read("hdparm/02_seagate_hdd_5400_not_frozen.txt");
        FakeProcessRunner fake = base(id)
                .on(List.of("--security-set-pass", "fl0123abcd"), 0, "security_password: \"fl0123abcd\"")
                .on(List.of("--security-erase-enhanced", "fl0123abcd"), 0, "")
                .on(List.of("hdparm", "-I", DEV), 0, id);
        List<Progress> progress = new ArrayList<>();
        SanitizationRecord r = new HdparmEngine(fake, ctx, config).run(WipeJob.firmware(
                target(MediaType.ATA_HDD, "S************0"), Technique.ATA_SECURITY_ERASE_ENHANCED), progress::add,
                null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
        assertThat(r.verification().mode()).isEqualTo(VerificationMode.FIRMWARE_STATUS_ONLY);
        assertThat(r.verification().passed()).isTrue();
        // Status alone is not enough: NIST SP 800-88 r1 §4.7 wants a sampled read-back before PURGE is proven.
        assertThat(r.meets(Level.PURGE)).isFalse();
        assertThat(r.tool().version()).isEqualTo("v9.65");
        assertThat(fake.calls()).containsSubsequence(
                List.of("hdparm", "--user-master", "u", "--security-set-pass", "fl0123abcd", DEV),
                List.of("hdparm", "--user-master", "u", "--security-erase-enhanced", "fl0123abcd", DEV),
                List.of("hdparm", "-I", DEV));
        // 202 min drive estimate + 20 % + 30 min margin
        Duration eraseTimeout = fake.specs().stream().filter(s -> s.command().contains("--security-erase-enhanced"))
                .findFirst().orElseThrow().timeout();
        assertThat(eraseTimeout).isEqualTo(Duration.ofMinutes(202 + 40 + 30));
        assertThat(progress).last().extracting(Progress::fraction).isEqualTo(1.0);
    }

    @Test
    void aFailedEraseLeavingSecurityEnabledIsRecoveredWithUnlockAndDisable() {
        String id = Fixtures.read("hdparm/02_seagate_hdd_5400_not_frozen.txt");
        String locked = Fixtures.read("hdparm/derived-intel-ssd-enabled-locked.txt");
        FakeProcessRunner fake = base(id)
                .on(List.of("--security-set-pass"), 0, "")
                .on(List.of("--security-erase"), 1, 5, "", "SECURITY_ERASE: Input/output error")
                .on(List.of("hdparm", "-I", DEV), 1, 0, locked, "")
                .on(List.of("--security-unlock", "fl0123abcd"), 0, "")
                .on(List.of("--security-disable", "fl0123abcd"), 0, "")
                .on(List.of("hdparm", "-I", DEV), 0, id);
        SanitizationRecord r = new HdparmEngine(fake, ctx, config).run(WipeJob.firmware(
                target(MediaType.ATA_HDD, "S************0"), Technique.ATA_SECURITY_ERASE), null, null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Failed.class);
        String reason = ((SanitizationResult.Failed) r.result()).reason();
        assertThat(reason).contains("Input/output error").contains("recovered");
        assertThat(reason).doesNotContain("fl0123abcd");
        assertThat(fake.callsWith("--security-unlock")).hasSize(1);
        assertThat(fake.callsWith("--security-disable")).hasSize(1);
    }

    @Test
    void aLockedDriveIsRefusedWithTheUnlockProcedure() {
        FakeProcessRunner fake = base(Fixtures.read("hdparm/derived-intel-ssd-enabled-locked.txt"));
        SanitizationRecord r = new HdparmEngine(fake, ctx, config).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SECURITY_ERASE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("locked").contains("--security-unlock");
        assertThat(fake.callsWith("--security-set-pass")).isEmpty();
    }

    @Test
    void sanitizeBlockEraseIsStartedThenPolledUntilSucceeded() {
        FakeProcessRunner fake = base(Fixtures.read("hdparm/derived-intel-ssd-sanitize-not-frozen.txt"))
                .on(List.of("--sanitize-status"), 1, 0, "Sanitize status:\n    State:    SD0 Sanitize Idle\n", "")
                .on(List.of("--yes-i-know-what-i-am-doing", "--sanitize-block-erase", DEV), 0,
                        "Issuing SANITIZE_BLOCK_ERASE command\nOperation started in background")
                .on(List.of("--sanitize-status"), 1, 0,
                        "State:    SD2 Sanitize operation In Process\n    Progress: 0x41c2 (25%)\n", "")
                .on(List.of("--sanitize-status"), 1, 0,
                        "State:    SD2 Sanitize operation In Process\n    Progress: 0x8000 (50%)\n", "")
                .on(List.of("--sanitize-status"), 0, "State:    SD0 Sanitize Idle\n"
                        + "    Last Sanitize Operation Completed Without Error\n");
        List<Progress> progress = new ArrayList<>();
        SanitizationRecord r = new HdparmEngine(fake, ctx, config).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SANITIZE_BLOCK_ERASE), progress::add,
                null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
        assertThat(r.verification().detail()).contains("Completed Without Error");
        // Status alone is not enough: NIST SP 800-88 r1 §4.7 wants a sampled read-back before PURGE is proven.
        assertThat(r.meets(Level.PURGE)).isFalse();
        assertThat(progress).extracting(Progress::fraction).containsSubsequence(0.25, 0.5, 1.0);
        assertThat(r.bytesErased()).isEqualTo(1000215216L * 512);
    }

    @Test
    void sanitizeFailureIsAFailedRecord() {
        FakeProcessRunner fake = base(Fixtures.read("hdparm/derived-intel-ssd-sanitize-not-frozen.txt"))
                .on(List.of("--sanitize-status"), 1, 0, "State:    SD0 Sanitize Idle\n", "")
                .on(List.of("--sanitize-crypto-scramble"), 0, "")
                .on(List.of("--sanitize-status"), 0, "State:    SD3 Sanitize Operation Failed\n"
                        + "    Reason: Last Sanitize Command completed unsuccessfully\n");
        SanitizationRecord r = new HdparmEngine(fake, ctx, config).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("SD3");
    }

    @Test
    void aTechniqueTheDriveDoesNotListIsRefused() {
        FakeProcessRunner fake = base(Fixtures.read("hdparm/derived-intel-ssd-sanitize-not-frozen.txt"));
        SanitizationRecord r = new HdparmEngine(fake, ctx, config).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SANITIZE_OVERWRITE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("does not list");
    }

    @Test
    void aUsbBridgeIsRefused() {
        FakeProcessRunner fake = new FakeProcessRunner()
                .on(List.of("hdparm", "-V"), 0, "hdparm v9.65")
                .on(List.of("hdparm", "-I", DEV), 0, Fixtures.read("hdparm/02_seagate_hdd_5400_not_frozen.txt"))
                .on(List.of("lsblk"), 0, "{\"blockdevices\": [{\"name\": \"sdb\", \"tran\": \"usb\"}]}");
        SanitizationRecord r = new HdparmEngine(fake, ctx, config).run(WipeJob.firmware(
                target(MediaType.ATA_HDD, "S************0"), Technique.ATA_SECURITY_ERASE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("USB bridge").contains("SATA port");
        assertThat(fake.callsWith("--security-set-pass")).isEmpty();
    }

    @Test
    void noIdentifyDataMeansNoPassThroughAndIsRefused() {
        FakeProcessRunner fake = new FakeProcessRunner()
                .on(List.of("hdparm", "-V"), 0, "hdparm v9.65")
                .on(List.of("hdparm", "-I", DEV), 0, Fixtures.read("hdparm/loop-no-identify.txt"));
        SanitizationRecord r = new HdparmEngine(fake, ctx, config).run(WipeJob.firmware(
                target(MediaType.ATA_HDD, "X1"), Technique.ATA_SECURITY_ERASE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("pass-through");
    }

    @Test
    void aSerialMismatchIsRefused() {
        FakeProcessRunner fake = base(Fixtures.read("hdparm/02_seagate_hdd_5400_not_frozen.txt"));
        SanitizationRecord r = new HdparmEngine(fake, ctx, config).run(WipeJob.firmware(
                target(MediaType.ATA_HDD, "OTHER123"), Technique.ATA_SECURITY_ERASE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("expected OTHER123");
    }
}
