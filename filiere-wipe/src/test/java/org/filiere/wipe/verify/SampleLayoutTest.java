package org.filiere.wipe.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.filiere.sanitization.SamplingPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NIST SP 800-88 r1 §4.7 layout: subsections, locations, coverage, reproducibility from the seed. */
class SampleLayoutTest {
    private static final long DRIVE_500G = 1000215216L * 512;

    @Test
    void aNistLayoutOfA500GbDriveReadsFirstLastAndTwoPseudorandomLocationsInEachOf1000Subsections() {
        SampleLayout l = SampleLayout.plan(DRIVE_500G, 4096, ReadBackSettings.nist(), 42L);

        assertThat(l.subsections()).isEqualTo(1000);
        assertThat(l.locations()).hasSize(4000);
        assertThat(l.meets(SamplingPlan.NIST)).isTrue();
        assertThat(l.coveragePercent()).isBetween(10.0, 10.1);
        assertThat(l.summary()).isEqualTo("4000 locations in 1000 subsections, 10.00% of the medium, seed 42");
        for (int i = 0; i < l.subsections(); i++) {
            int sub = i;
            List<SampleLocation> in = l.locations().stream().filter(x -> x.subsection() == sub).toList();
            assertThat(in).extracting(SampleLocation::kind).containsExactly(SampleLocation.Kind.FIRST,
                    SampleLocation.Kind.PSEUDORANDOM, SampleLocation.Kind.PSEUDORANDOM, SampleLocation.Kind.LAST);
            long start = in.get(0).offset();
            long end = in.get(3).end();
            assertThat(end - start).isEqualTo(l.subsectionBytes(sub));
            assertThat(100.0 * in.get(1).length()).isGreaterThanOrEqualTo(5.0 * l.subsectionBytes(sub));
        }
    }

    @Test
    void locationsAreAlignedInOrderNonOverlappingAndEndAtTheLastByte() {
        long size = DRIVE_500G + 1536; // not a multiple of 4096: the tail belongs to the last location
        SampleLayout l = SampleLayout.plan(size, 4096, ReadBackSettings.nist(), -7L);
        long previousEnd = 0;
        for (SampleLocation x : l.locations()) {
            assertThat(x.offset() % 4096).isZero();
            assertThat(x.offset()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = x.end();
        }
        assertThat(l.locations().get(0).offset()).isZero();
        assertThat(previousEnd).isEqualTo(size);
        assertThat(l.locations().get(l.locations().size() - 1).length()).isEqualTo(4096 + 1536);
    }

    @Test
    void theSameSeedLaysOutTheSameLocationsAndAnotherSeedOtherPseudorandomOnes() {
        SampleLayout a = SampleLayout.plan(DRIVE_500G, 4096, ReadBackSettings.nist(), 1234L);
        SampleLayout again = SampleLayout.plan(DRIVE_500G, 4096, ReadBackSettings.nist().withSeed(99), 1234L);
        SampleLayout other = SampleLayout.plan(DRIVE_500G, 4096, ReadBackSettings.nist(), 1235L);
        assertThat(again).isEqualTo(a);
        assertThat(pseudorandom(other)).isNotEqualTo(pseudorandom(a));
        assertThat(fixed(other)).isEqualTo(fixed(a));
    }

    @Test
    void theGeneratorIsSplitMix64AsPublishedSoARecordedSeedCanBeReplayedElsewhere() {
        // first output of Vigna's splitmix64.c for seed 0
        assertThat(new SplitMix64(0).nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        SplitMix64 r = new SplitMix64(5);
        for (int i = 0; i < 10_000; i++) {
            assertThat(r.nextLong(7)).isBetween(0L, 6L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "a medium of fewer blocks than subsections is read whole but has fewer subsections, 409600, 4096, 1000, 2, 5, 100, false",
        "100 subsections are below NIST, 1073741824, 4096, 100, 2, 5, 400, false",
        "1 % locations are below NIST, 1073741824, 4096, 1000, 2, 1, 4000, false",
        "a single pseudorandom location per subsection is below NIST, 1073741824, 4096, 1000, 1, 10, 3000, false",
        "the NIST figures on 1 GiB, 1073741824, 4096, 1000, 2, 5, 4000, true",
        "subsections too small for apart locations are read whole and still meet NIST, 12288000, 4096, 1000, 2, 5, 1000, true",
    })
    void layoutsBelowTheNistFiguresAreRecognised(String name, long size, int align, int subsections, int pseudo,
                                                 double pct, int locations, boolean meets) {
        SampleLayout l = SampleLayout.plan(size, align, ReadBackSettings.nist().withFigures(subsections, pseudo, pct),
                3L);
        assertThat(l.locations()).hasSize(locations);
        assertThat(l.meets(SamplingPlan.NIST)).isEqualTo(meets);
    }

    private static List<Long> pseudorandom(SampleLayout l) {
        return l.locations().stream().filter(x -> x.kind() == SampleLocation.Kind.PSEUDORANDOM)
                .map(SampleLocation::offset).collect(Collectors.toList());
    }

    private static List<Long> fixed(SampleLayout l) {
        return l.locations().stream().filter(x -> x.kind() != SampleLocation.Kind.PSEUDORANDOM)
                .map(SampleLocation::offset).collect(Collectors.toList());
    }
}
