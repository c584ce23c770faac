package org.filiere.wipe.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.filiere.sanitization.SamplingPlan;
import org.filiere.wipe.process.Cancellation;
import org.filiere.wipe.testing.MemoryMedium;
import org.junit.jupiter.api.Test;

/** Before/after samples of an in-memory medium judged by {@link ReadBackComparison}. */
class SampledReadBackTest {
    /** 16 MiB of 512-byte blocks: 1000 subsections of 32-33 blocks, the NIST layout fits. */
    private static final int SIZE = 16 << 20;
    private static final Path DEV = Path.of("/dev/fake");

    private final SampledReadBack rb = new SampledReadBack(ReadBackSettings.nist().withSeed(2026L));

    private Sample read(MemoryMedium m, SampleLayout layout) throws IOException {
        try (BlockReader r = m.open(DEV)) {
            return rb.read(r, layout, null, null);
        }
    }

    private SampleLayout layout(MemoryMedium m) throws IOException {
        try (BlockReader r = m.open(DEV)) {
            return rb.layout(r);
        }
    }

    @Test
    void dataThenZerosPassesWithEveryLocationChanged() throws IOException {
        MemoryMedium m = new MemoryMedium(SIZE, 512).fillRandom(1);
        SampleLayout layout = layout(m);
        Sample before = read(m, layout);
        m.fill(0x00);
        ReadBackComparison c = ReadBackComparison.of(before, read(m, layout), false);

        assertThat(layout.meets(SamplingPlan.NIST)).isTrue();
        assertThat(c.passed()).isTrue();
        assertThat(c.changed()).isEqualTo(4000);
        assertThat(c.failingLocations()).isZero();
        assertThat(before.contents()).allMatch(x -> x.uniformity() == Uniformity.MIXED);
        assertThat(c.detail()).startsWith("4000 locations in 1000 subsections, ").contains("seed 2026")
                .contains("4000 changed, 0 uniform before and after, 0 failing");
    }

    @Test
    void anEraseThatDidNothingFailsWithEverySampledLocationCounted() throws IOException {
        MemoryMedium m = new MemoryMedium(SIZE, 512).fillRandom(2);
        SampleLayout layout = layout(m);
        ReadBackComparison c = ReadBackComparison.of(read(m, layout), read(m, layout), false);

        assertThat(c.passed()).isFalse();
        assertThat(c.failingLocations()).isEqualTo(4000);
        assertThat(c.detail()).contains("0 changed, 0 uniform before and after, 4000 failing")
                .contains("unchanged: still holds its pre-erase content").contains("and 3995 more");
    }

    @Test
    void anEraseThatStoppedHalfwayFailsExactlyTheLocationsItDidNotReach() throws IOException {
        MemoryMedium m = new MemoryMedium(SIZE, 512).fillRandom(3);
        SampleLayout layout = layout(m);
        Sample before = read(m, layout);
        m.fill(0, SIZE / 2, 0xFF);
        ReadBackComparison c = ReadBackComparison.of(before, read(m, layout), false);

        long untouched = layout.locations().stream().filter(x -> x.end() > SIZE / 2).count();
        assertThat((long) c.failingLocations()).isEqualTo(untouched).isBetween(1900L, 2100L);
        assertThat(c.failures()).allMatch(f -> f.location().end() > SIZE / 2);
    }

    @Test
    void cryptoEraseLeavingPseudorandomGarbagePassesOnTheBeforeAfterComparison() throws IOException {
        MemoryMedium m = new MemoryMedium(SIZE, 512).fillRandom(4);
        SampleLayout layout = layout(m);
        Sample before = read(m, layout);
        m.fillRandom(5); // new media key: old ciphertext decrypts to other noise, nothing uniform
        Sample after = read(m, layout);
        ReadBackComparison c = ReadBackComparison.of(before, after, true);

        assertThat(after.contents()).allMatch(x -> x.uniformity() == Uniformity.MIXED);
        assertThat(c.passed()).isTrue();
        assertThat(c.changed()).isEqualTo(4000);
        assertThat(c.detail()).contains("before/after comparison (cryptographic erase)");
    }

    @Test
    void cryptoEraseFailsForEachLocationThatStillEqualsItsPreEraseContent() throws IOException {
        MemoryMedium m = new MemoryMedium(SIZE, 512).fillRandom(6);
        SampleLayout layout = layout(m);
        Sample before = read(m, layout);
        SampleLocation kept = layout.locations().get(1234);
        byte[] old = m.copy(kept.offset(), (int) kept.length());
        m.fillRandom(7);
        m.restore(kept.offset(), old);
        ReadBackComparison c = ReadBackComparison.of(before, read(m, layout), true);

        assertThat(c.passed()).isFalse();
        assertThat(c.failingLocations()).isEqualTo(1);
        assertThat(c.failures().get(0).location()).isEqualTo(kept);
        assertThat(c.failures().get(0).reason()).contains("media encryption key was not changed");
    }

    @Test
    void aLocationUniformBeforeIsConsistentOnlyWhenUniformAfter() throws IOException {
        MemoryMedium m = new MemoryMedium(SIZE, 512).fillRandom(8);
        m.fill(0, SIZE / 4, 0x00); // never written
        SampleLayout layout = layout(m);
        Sample before = read(m, layout);
        long uniformBefore = before.contents().stream().filter(LocationContent::uniform).count();

        m.fill(0, SIZE / 8, 0xFF);      // zeros -> ones: still uniform, consistent
        m.fillRandomRange(SIZE / 8, SIZE / 4, 9); // zeros -> data: not an erased medium
        m.fill(SIZE / 4, SIZE, 0x00);   // data -> zeros
        ReadBackComparison c = ReadBackComparison.of(before, read(m, layout), false);

        long zerosToData = before.contents().stream().filter(LocationContent::uniform)
                .filter(x -> x.location().end() > SIZE / 8 && x.location().offset() < SIZE / 4).count();
        assertThat(uniformBefore).isBetween(900L, 1100L);
        assertThat((long) c.failingLocations()).isEqualTo(zerosToData);
        assertThat(c.failures()).allMatch(f -> f.reason().contains("uniform (ZEROS) before the erase but holds"));
        assertThat((long) c.uniformBoth()).isEqualTo(uniformBefore - zerosToData);
    }

    @Test
    void aBlankMediumStillBlankPassesButTheCryptoComparisonSaysItIsInconclusive() throws IOException {
        MemoryMedium m = new MemoryMedium(SIZE, 512);
        SampleLayout layout = layout(m);
        ReadBackComparison c = ReadBackComparison.of(read(m, layout), read(m, layout), true);
        assertThat(c.passed()).isTrue();
        assertThat(c.uniformBoth()).isEqualTo(4000);
        assertThat(c.detail()).contains("inconclusive about the key change");
    }

    @Test
    void unreadableLocationsFailAfterButAreConsistentWhenUnreadableBeforeAndUniformAfter() throws IOException {
        MemoryMedium m = new MemoryMedium(SIZE, 512).fillRandom(10).unreadable(0, 4096);
        SampleLayout layout = layout(m);
        Sample before = read(m, layout);
        assertThat(before.unreadable()).isPositive();
        m.fill(0x00).unreadable(SIZE - 512, SIZE);
        Sample after = read(m, layout);
        ReadBackComparison c = ReadBackComparison.of(before, after, false);
        assertThat(c.failingLocations()).isEqualTo(1);
        assertThat(c.failures().get(0).reason()).startsWith("unreadable after the erase: IOException");
        assertThat(c.failures().get(0).location().kind()).isEqualTo(SampleLocation.Kind.LAST);
    }

    @Test
    void theDigestDoesNotDependOnTheBufferSize() throws IOException {
        MemoryMedium m = new MemoryMedium(SIZE, 512).fillRandom(11);
        SampleLayout layout = layout(m);
        SampledReadBack small = new SampledReadBack(ReadBackSettings.nist().withBufferBytes(4096));
        Sample a;
        try (BlockReader r = m.open(DEV)) {
            a = small.read(r, layout, null, null);
        }
        assertThat(a.contents()).isEqualTo(read(m, layout).contents());
    }

    @Test
    void cancellationStopsTheSampleAndMarksItCancelled() throws IOException {
        MemoryMedium m = new MemoryMedium(SIZE, 512).fillRandom(12);
        SampleLayout layout = layout(m);
        Cancellation cancel = Cancellation.none();
        Sample s;
        try (BlockReader r = m.open(DEV)) {
            s = rb.read(r, layout, (done, total) -> {
                if (done > total / 3) {
                    cancel.cancel();
                }
            }, cancel);
        }
        assertThat(s.cancelled()).isTrue();
        assertThat(s.contents().size()).isBetween(1000, 3000);
    }
}
