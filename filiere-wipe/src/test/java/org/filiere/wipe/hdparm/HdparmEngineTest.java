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
import org.filiere.wipe.process.Cancellation;
import org.filiere.wipe.testing.FakeProcessRunner;
import org.filiere.wipe.testing.Fixtures;
import org.filiere.wipe.testing.MemoryMedium;
import org.filiere.wipe.verify.ReadBackSettings;
import org.junit.jupiter.api.Test;

/**
 * The hdparm workflows driven through a fake runner replaying recorded outputs, the device read back from an
 * in-memory medium that the fake erase commands change.
 */
class HdparmEngineTest {
    private static final String DEV = "/dev/sdb";
    private static final String NO_HPA = "\n/dev/sdb:\n max sectors   = 1000215216/1000215216, HPA is disabled\n";
    private static final String DCO = "\n/dev/sdb:\nDCO Revision: 0x0002\n\tReal max sectors: 1000215216\n";
    private static final String NOT_USB = "{\"blockdevices\": [{\"name\": \"sdb\", \"tran\": \"sata\"}]}";

    private final WipeContext ctx = new WipeContext(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"),
            ZoneOffset.UTC), "op", "hub");
    private final HdparmConfig config = HdparmConfig.defaults().withPollInterval(Duration.ZERO)
            .withPasswords(() -> "fl0123abcd").withReadBack(ReadBackSettings.nist().withSeed(88L));
    /** 16 MiB of user data in 512-byte sectors: the NIST layout (1000 subsections) fits. */
    private final MemoryMedium medium = new MemoryMedium(16 << 20, 512).fillRandom(1);

    private HdparmEngine engine(FakeProcessRunner fake) {
        return new HdparmEngine(fake, ctx, config, medium);
    }

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
        SanitizationRecord r = engine(fake).run(
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
                .on(List.of("--security-erase-enhanced", "fl0123abcd"), () -> medium.fill(0x00), 0, "")
                .on(List.of("hdparm", "-I", DEV), 0, id);
        List<Progress> progress = new ArrayList<>();
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_HDD, "S************0"), Technique.ATA_SECURITY_ERASE_ENHANCED), progress::add,
                null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
        assertThat(r.verification().mode()).isEqualTo(VerificationMode.SAMPLED);
        assertThat(r.verification().passed()).isTrue();
        assertThat(r.verification().errors()).isZero();
        assertThat(r.verification().detail()).contains("4000 locations in 1000 subsections").contains("seed 88")
                .contains("4000 changed").contains("security not enabled");
        assertThat(r.parameters().verify()).isEqualTo(VerificationMode.SAMPLED);
        // status + a passing NIST sampled read-back: the ATA HDD purge is proven
        assertThat(r.meets(Level.PURGE)).isTrue();
        assertThat(medium.opens()).isEqualTo(2);
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
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
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
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SECURITY_ERASE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("locked").contains("--security-unlock");
        assertThat(fake.callsWith("--security-set-pass")).isEmpty();
    }

    @Test
    void sanitizeBlockEraseIsStartedThenPolledUntilSucceeded() {
        FakeProcessRunner fake = base(Fixtures.read("hdparm/derived-intel-ssd-sanitize-not-frozen.txt"))
                .on(List.of("--sanitize-status"), 1, 0, "Sanitize status:\n    State:    SD0 Sanitize Idle\n", "")
                .on(List.of("--yes-i-know-what-i-am-doing", "--sanitize-block-erase", DEV), () -> medium.fill(0xFF), 0,
                        "Issuing SANITIZE_BLOCK_ERASE command\nOperation started in background")
                .on(List.of("--sanitize-status"), 1, 0,
                        "State:    SD2 Sanitize operation In Process\n    Progress: 0x41c2 (25%)\n", "")
                .on(List.of("--sanitize-status"), 1, 0,
                        "State:    SD2 Sanitize operation In Process\n    Progress: 0x8000 (50%)\n", "")
                .on(List.of("--sanitize-status"), 0, "State:    SD0 Sanitize Idle\n"
                        + "    Last Sanitize Operation Completed Without Error\n");
        List<Progress> progress = new ArrayList<>();
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SANITIZE_BLOCK_ERASE), progress::add,
                null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
        assertThat(r.verification().detail()).contains("Completed Without Error");
        assertThat(r.verification().mode()).isEqualTo(VerificationMode.SAMPLED);
        assertThat(r.meets(Level.PURGE)).isTrue();
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
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("SD3");
    }

    @Test
    void aTechniqueTheDriveDoesNotListIsRefused() {
        FakeProcessRunner fake = base(Fixtures.read("hdparm/derived-intel-ssd-sanitize-not-frozen.txt"));
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SANITIZE_OVERWRITE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("does not list");
    }

    @Test
    void aUsbBridgeIsRefused() {
        FakeProcessRunner fake = new FakeProcessRunner()
                .on(List.of("hdparm", "-V"), 0, "hdparm v9.65")
                .on(List.of("hdparm", "-I", DEV), 0, Fixtures.read("hdparm/02_seagate_hdd_5400_not_frozen.txt"))
                .on(List.of("lsblk"), 0, "{\"blockdevices\": [{\"name\": \"sdb\", \"tran\": \"usb\"}]}");
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_HDD, "S************0"), Technique.ATA_SECURITY_ERASE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("USB bridge").contains("SATA port");
        assertThat(fake.callsWith("--security-set-pass")).isEmpty();
    }

    @Test
    void noIdentifyDataMeansNoPassThroughAndIsRefused() {
        FakeProcessRunner fake = new FakeProcessRunner()
                .on(List.of("hdparm", "-V"), 0, "hdparm v9.65")
                .on(List.of("hdparm", "-I", DEV), 0, Fixtures.read("hdparm/loop-no-identify.txt"));
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_HDD, "X1"), Technique.ATA_SECURITY_ERASE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("pass-through");
    }

    @Test
    void aSerialMismatchIsRefused() {
        FakeProcessRunner fake = base(Fixtures.read("hdparm/02_seagate_hdd_5400_not_frozen.txt"));
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_HDD, "OTHER123"), Technique.ATA_SECURITY_ERASE), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("expected OTHER123");
    }

    private FakeProcessRunner sanitizeRunner(String option, Runnable firmware) {
        return base(Fixtures.read("hdparm/derived-intel-ssd-sanitize-not-frozen.txt"))
                .on(List.of("--sanitize-status"), 1, 0, "State:    SD0 Sanitize Idle\n", "")
                .on(List.of(option), firmware, 0, "")
                .on(List.of("--sanitize-status"), 0, "State:    SD0 Sanitize Idle\n"
                        + "    Last Sanitize Operation Completed Without Error\n");
    }

    @Test
    void aSanitizeReportedCompleteThatLeftTheDataInPlaceFailsVerificationAndDoesNotProvePurge() {
        FakeProcessRunner fake = sanitizeRunner("--sanitize-block-erase", () -> { });
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SANITIZE_BLOCK_ERASE), null, null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
        assertThat(r.verification().mode()).isEqualTo(VerificationMode.SAMPLED);
        assertThat(r.verification().passed()).isFalse();
        assertThat(r.verification().errors()).isEqualTo(4000);
        assertThat(r.verification().detail()).contains("4000 failing").contains("unchanged");
        assertThat(r.meets(Level.PURGE)).isFalse();
        assertThat(r.meets(Level.CLEAR)).isFalse();
    }

    @Test
    void cryptoScrambleIsVerifiedByComparingEachLocationWithItsPreEraseContent() {
        FakeProcessRunner fake = sanitizeRunner("--sanitize-crypto-scramble", () -> medium.fillRandom(2));
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE), null, null);
        assertThat(r.verification().mode()).isEqualTo(VerificationMode.SAMPLED);
        assertThat(r.verification().passed()).isTrue();
        assertThat(r.verification().detail()).contains("before/after comparison (cryptographic erase)")
                .contains("4000 changed");
        assertThat(r.meets(Level.PURGE)).isTrue();
    }

    @Test
    void cryptoScrambleThatLeftOneRegionReadableFailsForThoseLocations() {
        byte[][] kept = new byte[1][];
        FakeProcessRunner fake = sanitizeRunner("--sanitize-crypto-scramble", () -> {
            kept[0] = medium.copy(0, 1 << 20);
            medium.fillRandom(3);
            medium.restore(0, kept[0]); // the first MiB still decrypts with the old key
        });
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE), null, null);
        assertThat(r.verification().passed()).isFalse();
        // 1 MiB of 16 MiB: about 62 subsections of 4 locations
        assertThat(r.verification().errors()).isBetween(240L, 260L);
        assertThat(r.verification().detail()).contains("media encryption key was not changed");
        assertThat(r.meets(Level.PURGE)).isFalse();
    }

    @Test
    void anUnreadableDeviceGivesAStatusOnlyRecordWithTheReasonThatDoesNotProvePurge() {
        medium.denyAccess();
        FakeProcessRunner fake = sanitizeRunner("--sanitize-block-erase", () -> { });
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SANITIZE_BLOCK_ERASE), null, null);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
        assertThat(r.verification().mode()).isEqualTo(VerificationMode.FIRMWARE_STATUS_ONLY);
        assertThat(r.verification().passed()).isTrue();
        assertThat(r.verification().detail()).contains("no sampled read-back").contains("permission denied")
                .contains("Completed Without Error");
        assertThat(r.meets(Level.PURGE)).isFalse();
    }

    @Test
    void cancellingDuringThePreEraseReadBackSendsNoEraseCommand() {
        Cancellation cancel = Cancellation.none();
        cancel.cancel();
        FakeProcessRunner fake = sanitizeRunner("--sanitize-block-erase", () -> medium.fill(0));
        SanitizationRecord r = engine(fake).run(WipeJob.firmware(
                target(MediaType.ATA_SSD, "PHLA75210153512DGN"), Technique.ATA_SANITIZE_BLOCK_ERASE), null, cancel);
        assertThat(r.result()).isInstanceOf(SanitizationResult.Interrupted.class);
        assertThat(((SanitizationResult.Interrupted) r.result()).reason()).contains("nothing was erased");
        assertThat(fake.callsWith("--sanitize-block-erase")).isEmpty();
    }
}
