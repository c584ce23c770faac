package org.filiere.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.filiere.device.MediaType;
import org.filiere.sanitization.ErrorCounts;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.ToolInfo;
import org.filiere.sanitization.Verification;
import org.filiere.sanitization.VerificationMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the attestation gate ({@link SanitizationRecord#meets(Level)}) decides over a hub's year of
 * records (10 000 media, mixed types and techniques).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SanitizationRecordBenchmark {
    private List<SanitizationRecord> records;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        MediaType[] media = {MediaType.ATA_HDD, MediaType.ATA_SSD, MediaType.NVME_SSD, MediaType.USB_FLASH};
        Technique[] techniques = {Technique.OVERWRITE, Technique.ATA_SECURITY_ERASE,
            Technique.ATA_SANITIZE_BLOCK_ERASE, Technique.NVME_SANITIZE_CRYPTO_ERASE, Technique.DESTROY_SHRED};
        Instant t0 = Instant.parse("2026-06-02T07:00:00Z");
        records = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            boolean ok = random.nextInt(10) > 0;
            records.add(new SanitizationRecord("SN" + i, media[random.nextInt(media.length)],
                    techniques[random.nextInt(techniques.length)],
                    new TechniqueParameters("zero", 2, "0x00", 1, VerificationMode.FULL, false),
                    new ToolInfo("nwipe", "0.33"), t0, t0.plusSeconds(3600),
                    ok ? new SanitizationResult.Completed() : new SanitizationResult.Failed("write error"),
                    ok ? new Verification(VerificationMode.FULL, true, 0, "") : Verification.none(),
                    ErrorCounts.NONE, random.nextBoolean() ? HiddenAreaStatus.ABSENT : HiddenAreaStatus.UNKNOWN,
                    1L << 30, "volunteer-1", "hub", null));
        }
    }

    /** Baseline: the cheapest possible pass over the same records (one field test each). */
    @Benchmark
    public int baselineCountCompleted() {
        int n = 0;
        for (SanitizationRecord r : records) {
            if (r.result().completed()) {
                n++;
            }
        }
        return n;
    }

    @Benchmark
    public int countMeetingPurge() {
        int n = 0;
        for (SanitizationRecord r : records) {
            if (r.meets(Level.PURGE)) {
                n++;
            }
        }
        return n;
    }
}
