package org.filiere.wipe.nwipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.VerificationMode;
import org.filiere.wipe.engine.OverwriteOptions;
import org.filiere.wipe.engine.Progress;
import org.filiere.wipe.engine.VerifyPasses;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeRecords;
import org.filiere.wipe.engine.WipeTarget;
import org.filiere.wipe.guard.GuardedEngine;
import org.filiere.wipe.guard.SafetyGuard;
import org.filiere.wipe.process.Cancellation;
import org.filiere.wipe.process.SystemProcessRunner;
import org.filiere.wipe.testing.LoopDevice;
import org.filiere.wipe.testing.RealTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real nwipe on real loop devices (root): erasure proven by reading every byte back. */
class NwipeEngineIT {
    private static final long SIZE = 64L << 20;

    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        RealTools.requireRootAndNwipe();
    }

    private final SystemProcessRunner runner = new SystemProcessRunner();
    private final WipeContext ctx = new WipeContext(Clock.systemUTC(), "op-test", "hub-test");

    private NwipeEngine engine() {
        return new NwipeEngine(runner, ctx, NwipeConfig.defaults(dir.resolve("logs")));
    }

    private static WipeTarget target(LoopDevice loop) {
        StorageMedium m = new StorageMedium(MediaType.ATA_HDD, "LOOP-" + loop.file().getFileName(), "Loopback",
                loop.size(), 7200, null, null, HiddenAreaStatus.ABSENT);
        return WipeTarget.withoutSerialCheck(loop.device(), m);
    }

    @Test
    void wipesRandomDataToZerosAndEveryByteReadsBackZero() throws Exception {
        try (LoopDevice loop = LoopDevice.create(dir, "ok.img", SIZE, false)) {
            loop.fillRandom(42);
            assertThat(loop.countNonZeroBytes()).isGreaterThan(SIZE / 2);
            List<Progress> progress = new CopyOnWriteArrayList<>();
            GuardedEngine guarded = new GuardedEngine(engine(), SafetyGuard.system(runner), ctx);
            NwipeRun run = engine().runWithLog(WipeJob.overwrite(target(loop), OverwriteOptions.zeroVerified()),
                    progress::add, Cancellation.none());
            SanitizationRecord r = run.record();

            assertThat(loop.countNonZeroBytes()).as("non-zero bytes after the wipe").isZero();
            assertThat(r.result()).isInstanceOf(SanitizationResult.Completed.class);
            assertThat(r.verification().mode()).isEqualTo(VerificationMode.FULL);
            assertThat(r.verification().passed()).isTrue();
            assertThat(r.errors().total()).isZero();
            assertThat(r.bytesErased()).isEqualTo(SIZE);
            assertThat(r.tool().name()).isEqualTo("nwipe");
            assertThat(r.tool().version()).matches("\\d+\\.\\d+");
            assertThat(r.parameters().method()).isEqualTo("zero");
            assertThat(r.parameters().passes()).isEqualTo(3);
            assertThat(r.parameters().blanking()).isTrue();
            assertThat(r.meets(Level.CLEAR)).isTrue();
            assertThat(r.rawLogSha256()).isEqualTo(WipeRecords.sha256(Files.readString(run.logFile())));
            assertThat(progress).anyMatch(p -> p.phase().startsWith("pass 1/1"));
            assertThat(progress).last().extracting(Progress::fraction).isEqualTo(1.0);
            // the guard lets a plain, unmounted loop device through
            assertThat(guarded.check(WipeJob.overwrite(target(loop), OverwriteOptions.zeroVerified())).allowed())
                    .isTrue();
        }
    }

    @Test
    void readOnlyDeviceComesOutFailedWithNwipesErrors() {
        Path file = dir.resolve("ro.img");
        LoopDevice.fillFileRandom(file, SIZE, 7);
        try (LoopDevice loop = LoopDevice.create(dir, "ro.img", SIZE, true)) {
            SanitizationRecord r = engine().run(WipeJob.overwrite(target(loop), OverwriteOptions.zeroVerified()),
                    null, Cancellation.none());
            assertThat(r.result()).isInstanceOf(SanitizationResult.Failed.class);
            String reason = ((SanitizationResult.Failed) r.result()).reason();
            assertThat(reason).contains("-FAILED-").contains("Operation not permitted");
            assertThat(r.errors().pass()).isPositive();
            assertThat(r.verification().passed()).isFalse();
            assertThat(r.meets(Level.CLEAR)).isFalse();
            assertThat(loop.countNonZeroBytes()).isGreaterThan(SIZE / 2);
        }
    }

    @Test
    void verifyZeroOnRandomDataComesOutFailedWithVerificationErrors() {
        try (LoopDevice loop = LoopDevice.create(dir, "vz.img", SIZE, false)) {
            loop.fillRandom(9);
            OverwriteOptions verifyOnly = new OverwriteOptions("verify_zero", 1, VerifyPasses.LAST, false);
            SanitizationRecord r = engine().run(WipeJob.overwrite(target(loop), verifyOnly), null,
                    Cancellation.none());
            assertThat(r.result()).isInstanceOf(SanitizationResult.Failed.class);
            assertThat(r.errors().verification()).isPositive();
            assertThat(r.verification().errors()).isPositive();
            assertThat(r.verification().passed()).isFalse();
            assertThat(r.verification().detail()).contains("has not been Zeroed");
        }
    }

    @Test
    void cancellingARunningWipeGivesAnInterruptedRecord() throws Exception {
        try (LoopDevice loop = LoopDevice.create(dir, "big.img", 4L << 30, false)) {
            Cancellation cancel = new Cancellation();
            OverwriteOptions opts = new OverwriteOptions("random", 1, VerifyPasses.LAST, true);
            SanitizationRecord r = engine().run(WipeJob.overwrite(target(loop), opts), p -> {
                if (p.phase().startsWith("pass 1/1")) {
                    cancel.cancel();
                }
            }, cancel);
            assertThat(r.result()).isInstanceOf(SanitizationResult.Interrupted.class);
            assertThat(((SanitizationResult.Interrupted) r.result()).reason()).contains("cancelled");
            assertThat(r.meets(Level.CLEAR)).isFalse();
        }
    }
}
