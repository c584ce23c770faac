package org.filiere.wipe.nwipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.wipe.engine.OverwriteOptions;
import org.filiere.wipe.engine.VerifyPasses;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeRecords;
import org.filiere.wipe.engine.WipeTarget;
import org.filiere.wipe.process.ProcessResult;
import org.filiere.wipe.testing.FakeProcessRunner;
import org.filiere.wipe.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nwipe engine through a fake runner that "runs" nwipe by writing a recorded log to --logfile. */
class NwipeEngineTest {
    @TempDir
    Path dir;

    private final WipeContext ctx = new WipeContext(Clock.systemUTC(), "op", "hub");

    private static FakeProcessRunner nwipe(String version, String logResource, int exit) {
        return new FakeProcessRunner()
                .on(List.of("nwipe", "--version"), 0, "nwipe version " + version)
                .on(cmd -> cmd.contains("--autonuke"), cmd -> {
                    String lf = cmd.stream().filter(a -> a.startsWith("--logfile=")).findFirst().orElseThrow()
                            .substring("--logfile=".length());
                    try {
                        Files.writeString(Path.of(lf), Fixtures.read(logResource));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return ProcessResult.exited(cmd, exit, List.of(), List.of());
                });
    }

    private WipeJob job(String method, VerifyPasses verify, boolean blank) {
        return WipeJob.overwrite(WipeTarget.withoutSerialCheck(Path.of("/dev/loop0"),
                StorageMedium.of(MediaType.ATA_HDD, "L1", 64L << 20)), new OverwriteOptions(method, 2, verify, blank));
    }

    @Test
    void debianNwipeGetsFullLongOptionsAndNoPdfOption() {
        FakeProcessRunner fake = nwipe("0.33", "nwipe/real-033-success.log", 0);
        new NwipeEngine(fake, ctx, NwipeConfig.defaults(dir)).run(job("dodshort", VerifyPasses.ALL, false), null, null);
        List<String> cmd = fake.callsWith("--autonuke").get(0);
        assertThat(cmd).containsSequence("nwipe", "--autonuke", "--nogui", "--nowait", "--method=dodshort",
                "--rounds=2", "--verify=all", "--noblank");
        assertThat(cmd).anyMatch(a -> a.startsWith("--logfile=" + dir));
        assertThat(cmd).noneMatch(a -> a.startsWith("--PDFreportpath"));
        assertThat(cmd.get(cmd.size() - 1)).isEqualTo("/dev/loop0");
    }

    @Test
    void from035ThePdfIsDisabledOrDirected() {
        FakeProcessRunner fake = nwipe("0.35", "nwipe/real-033-success.log", 0);
        new NwipeEngine(fake, ctx, NwipeConfig.defaults(dir)).run(job("zero", VerifyPasses.LAST, true), null, null);
        assertThat(fake.callsWith("--autonuke").get(0)).contains("--PDFreportpath=noPDF");
        NwipeConfig withPdf = new NwipeConfig("nwipe", dir, dir.resolve("pdf"), 5_000_000, java.time.Duration.ZERO,
                java.time.Duration.ofHours(1));
        FakeProcessRunner fake2 = nwipe("0.41", "nwipe/real-033-success.log", 0);
        new NwipeEngine(fake2, ctx, withPdf).run(job("zero", VerifyPasses.LAST, true), null, null);
        assertThat(fake2.callsWith("--autonuke").get(0)).contains("--PDFreportpath=" + dir.resolve("pdf"));
    }

    @Test
    void aMethodNewerThanTheInstalledNwipeIsAFailedRecordWithoutRunningIt() {
        FakeProcessRunner fake = nwipe("0.33", "nwipe/real-033-success.log", 0);
        SanitizationRecord r = new NwipeEngine(fake, ctx, NwipeConfig.defaults(dir))
                .run(job("bruce7", VerifyPasses.LAST, true), null, null);
        assertThat(((SanitizationResult.Failed) r.result()).reason()).contains("needs nwipe 0.39");
        assertThat(fake.callsWith("--autonuke")).isEmpty();
    }

    @Test
    void theSummaryDecidesNotTheExitCode() {
        // nwipe exits 0 after a user abort: the UABORTED row makes it an interruption, not a success
        SanitizationRecord aborted = new NwipeEngine(nwipe("0.33", "nwipe/real-033-abort.log", 0), ctx,
                NwipeConfig.defaults(dir)).run(job("random", VerifyPasses.LAST, true), null, null);
        assertThat(aborted.result()).isInstanceOf(SanitizationResult.Interrupted.class);
        // a truncated log with exit 0 is a failure
        SanitizationRecord truncated = new NwipeEngine(nwipe("0.33",
                "nwipe/01_pr325_loop_device_summary_excerpt.log", 0), ctx, NwipeConfig.defaults(dir))
                .run(WipeJob.overwrite(WipeTarget.withoutSerialCheck(Path.of("/dev/loop44"),
                        StorageMedium.of(MediaType.ATA_HDD, "L44", null)), OverwriteOptions.zeroVerified()), null, null);
        assertThat(((SanitizationResult.Failed) truncated.result()).reason()).contains("truncated");
    }

    @Test
    void theRecordCarriesTheLogHashAndTheWipeFigures() {
        SanitizationRecord r = new NwipeEngine(nwipe("0.33", "nwipe/real-033-success.log", 0), ctx,
                NwipeConfig.defaults(dir)).run(job("zero", VerifyPasses.LAST, true), null, null);
        assertThat(r.result().completed()).isTrue();
        assertThat(r.rawLogSha256()).isEqualTo(WipeRecords.sha256(Fixtures.read("nwipe/real-033-success.log")));
        assertThat(r.tool().version()).isEqualTo("0.33");
        assertThat(r.bytesErased()).isEqualTo(64L << 20);
        assertThat(r.operator()).isEqualTo("op");
        assertThat(r.siteId()).isEqualTo("hub");
    }
}
