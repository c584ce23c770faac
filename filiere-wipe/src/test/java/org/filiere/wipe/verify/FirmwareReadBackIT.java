package org.filiere.wipe.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.filiere.device.MediaType;
import org.filiere.sanitization.ErrorCounts;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SamplingPlan;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.ToolInfo;
import org.filiere.sanitization.Verification;
import org.filiere.sanitization.VerificationMode;
import org.filiere.wipe.process.ProcessResult;
import org.filiere.wipe.process.ProcessSpec;
import org.filiere.wipe.process.SystemProcessRunner;
import org.filiere.wipe.testing.LoopDevice;
import org.filiere.wipe.testing.RealTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sampled read-back on real loop devices (root) with the real O_DIRECT reader: random data, NIST sample,
 * zero fill standing in for the firmware, sample again.
 */
class FirmwareReadBackIT {
    private static final long SIZE = 64L << 20;

    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        RealTools.require(true, "losetup", "dd");
    }

    private final FirmwareReadBack readBack = new FirmwareReadBack(BlockReaderFactory.DEVICES,
            ReadBackSettings.nist());

    @Test
    void randomDataZeroedBetweenTheSamplesPassesAndProvesPurgeOnTheRecord() {
        try (LoopDevice loop = LoopDevice.create(dir, "zeroed.img", SIZE, false)) {
            loop.fillRandom(31);
            FirmwareReadBack.Before before = readBack.before(loop.device(), null, null);
            assertThat(before.available()).as("pre-erase sample: %s", before.unavailableReason()).isTrue();
            assertThat(before.sample().bypassedCache()).as("O_DIRECT on a block device").isTrue();
            assertThat(before.sample().layout().meets(SamplingPlan.NIST)).isTrue();
            assertThat(before.sample().layout().locations()).hasSize(4000);

            ProcessResult dd = new SystemProcessRunner().run(ProcessSpec.of(Duration.ofMinutes(2), "dd",
                    "if=/dev/zero", "of=" + loop.device(), "bs=1M", "count=" + (SIZE >> 20), "oflag=direct", "conv=fsync"));
            assertThat(dd.succeeded()).as("dd: %s", dd.stderr()).isTrue();
            Verification v = readBack.after(before, loop.device(), Technique.ATA_SANITIZE_BLOCK_ERASE,
                    "dd zero fill standing in for the firmware", null, null);

            assertThat(v.mode()).isEqualTo(VerificationMode.SAMPLED);
            assertThat(v.passed()).isTrue();
            assertThat(v.errors()).isZero();
            assertThat(v.detail()).contains("4000 locations in 1000 subsections").contains("O_DIRECT")
                    .contains("4000 changed, 0 uniform before and after, 0 failing");
            assertThat(record(v).meets(Level.PURGE)).isTrue();
        }
    }

    @Test
    void withoutAnyEraseEverySampledLocationFails() {
        try (LoopDevice loop = LoopDevice.create(dir, "kept.img", SIZE, false)) {
            loop.fillRandom(32);
            FirmwareReadBack.Before before = readBack.before(loop.device(), null, null);
            Verification v = readBack.after(before, loop.device(), Technique.ATA_SANITIZE_BLOCK_ERASE,
                    "status said completed", null, null);

            assertThat(v.mode()).isEqualTo(VerificationMode.SAMPLED);
            assertThat(v.passed()).isFalse();
            assertThat(v.errors()).isEqualTo(4000);
            assertThat(record(v).meets(Level.PURGE)).isFalse();
            assertThat(record(v).meets(Level.CLEAR)).isFalse();
        }
    }

    @Test
    void aChangeBehindTheKernelsBackIsSeenDespiteAStaleDevicePageCache() throws IOException {
        try (LoopDevice loop = LoopDevice.create(dir, "behind.img", SIZE, false)) {
            loop.fillRandom(33);
            FirmwareReadBack.Before before = readBack.before(loop.device(), null, null);
            // Another opener (udev, udisks, a monitoring tool) keeps the device open: the kernel then keeps its
            // page cache, which it would otherwise drop on the last close. Fill that cache with the old content.
            try (FileChannel holder = FileChannel.open(loop.device(), StandardOpenOption.READ)) {
                ByteBuffer b = ByteBuffer.allocate(1 << 20);
                for (long off = 0; off < SIZE; off += b.capacity()) {
                    holder.read(b.clear(), off);
                }
                // the "firmware": zero the backing file, not the block device, so the device cache is not told
                try (FileChannel ch = FileChannel.open(loop.file(), StandardOpenOption.WRITE)) {
                    ByteBuffer zeros = ByteBuffer.allocate(1 << 20);
                    for (long off = 0; off < SIZE; off += zeros.capacity()) {
                        ch.write(zeros.clear(), off);
                    }
                    ch.force(true);
                }
                Verification v = readBack.after(before, loop.device(), Technique.NVME_FORMAT_USER_DATA_ERASE,
                        "backing file zeroed", null, null);
                assertThat(v.passed()).as(v.detail()).isTrue();
                assertThat(v.errors()).isZero();

                // and a cached reader would have been fooled: it still sees the pre-erase data
                holder.read(b.clear(), 0);
                b.flip();
                int nonZero = 0;
                while (b.hasRemaining()) {
                    nonZero += b.get() != 0 ? 1 : 0;
                }
                assertThat(nonZero).as("non-zero bytes of the first MiB through the page cache").isPositive();
            }
        }
    }

    private static SanitizationRecord record(Verification v) {
        Instant t = Instant.parse("2026-12-04T10:00:00Z");
        return new SanitizationRecord("LOOP-1", MediaType.ATA_SSD, Technique.ATA_SANITIZE_BLOCK_ERASE,
                TechniqueParameters.firmware("sanitize-block-erase", v.mode()), new ToolInfo("hdparm", "v9.65"), t,
                t.plusSeconds(60), new SanitizationResult.Completed(), v, ErrorCounts.NONE,
                HiddenAreaStatus.NOT_APPLICABLE, SIZE, "op-test", "hub-test", null);
    }
}
