package org.filiere.wipe.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.filiere.internal.Require;
import org.filiere.sanitization.SamplingPlan;

/**
 * Where a sampled read-back reads, per NIST SP 800-88 Rev. 1 §4.7: the medium is divided into equal subsections
 * (sizes differ by at most one aligned block); in each, the first and the last addressable block plus
 * non-overlapping pseudorandom locations, each covering at least the configured share of its subsection. The
 * layout is a pure function of (medium size, alignment, figures, seed): an auditor re-runs {@link #plan} with the
 * seed recorded in the verification detail and gets the same locations. Immutable and thread-safe.
 *
 * <p>Pseudorandom placement: with interior length {@code I} blocks (the subsection without its first and last
 * block), {@code p} locations of {@code L} blocks and {@code F = I - p·L} free blocks, {@code p} offsets are drawn
 * uniformly in {@code [0, F]} from {@link SplitMix64}(seed) (subsection by subsection, in order), sorted, and
 * location {@code j} starts at block {@code 1 + r_j + j·L}: never overlapping, every placement possible. A
 * subsection too small for that ({@code I < p·L}) is read whole.
 *
 * <pre>{@code
 * SampleLayout l = SampleLayout.plan(512_110_190_592L, 4096, ReadBackSettings.nist(), 42L);
 * l.locations().size(); // 4000
 * l.meets(SamplingPlan.NIST); // true
 * }</pre>
 *
 * @param mediumBytes   the medium's size in bytes
 * @param alignment     the block size locations are aligned to
 * @param subsections   how many subsections
 * @param pseudorandomPerSubsection pseudorandom locations asked per subsection
 * @param locationCoveragePercent   the share of its subsection each pseudorandom location was sized to cover
 * @param seed          the seed the pseudorandom locations were drawn from
 * @param locations     the locations, in increasing offset order
 */
public record SampleLayout(long mediumBytes, int alignment, int subsections, int pseudorandomPerSubsection,
                           double locationCoveragePercent, long seed, List<SampleLocation> locations) {
    public SampleLayout {
        Require.that(mediumBytes >= 1, "layout.mediumBytes", "the medium is empty");
        Require.that(alignment >= 1 && Integer.bitCount(alignment) == 1, "layout.alignment", "must be a power of two");
        Require.that(subsections >= 1, "layout.subsections", "at least one subsection");
        locations = Require.copy(locations, "layout.locations");
    }

    /** Lays out a sample of a medium of {@code mediumBytes} read in blocks of {@code alignment} bytes. */
    public static SampleLayout plan(long mediumBytes, int alignment, ReadBackSettings settings, long seed) {
        Require.that(mediumBytes >= 1, "mediumBytes", "the medium is empty");
        Require.that(alignment >= 1 && Integer.bitCount(alignment) == 1, "alignment", "must be a power of two");
        Require.nonNull(settings, "settings");
        long blocks = mediumBytes / alignment;
        long tail = mediumBytes % alignment;
        int p = settings.pseudorandomPerSubsection();
        if (blocks == 0) {
            return new SampleLayout(mediumBytes, alignment, 1, p, settings.locationCoveragePercent(), seed,
                    List.of(new SampleLocation(0, SampleLocation.Kind.WHOLE, 0, mediumBytes)));
        }
        int m = (int) Math.min(settings.subsections(), blocks);
        SplitMix64 rng = new SplitMix64(seed);
        List<SampleLocation> out = new ArrayList<>(m * (p + 2));
        for (int i = 0; i < m; i++) {
            long start = subsectionStart(i, m, blocks);
            long z = subsectionStart(i + 1, m, blocks) - start;
            long extra = i == m - 1 ? tail : 0;
            long len = Math.max(1, (long) Math.ceil(z * settings.locationCoveragePercent() / 100.0));
            long interior = z - 2;
            if (interior < p * len) {
                out.add(new SampleLocation(i, SampleLocation.Kind.WHOLE, start * alignment, z * alignment + extra));
                continue;
            }
            long free = interior - p * len;
            long[] r = new long[p];
            for (int j = 0; j < p; j++) {
                r[j] = rng.nextLong(free + 1);
            }
            Arrays.sort(r);
            out.add(new SampleLocation(i, SampleLocation.Kind.FIRST, start * alignment, alignment));
            for (int j = 0; j < p; j++) {
                long b = start + 1 + r[j] + j * len;
                out.add(new SampleLocation(i, SampleLocation.Kind.PSEUDORANDOM, b * alignment, len * alignment));
            }
            out.add(new SampleLocation(i, SampleLocation.Kind.LAST, (start + z - 1) * alignment, alignment + extra));
        }
        return new SampleLayout(mediumBytes, alignment, m, p, settings.locationCoveragePercent(), seed, out);
    }

    private static long subsectionStart(int i, int m, long blocks) {
        // i·blocks can exceed 2^63 only for media beyond 8 EiB / 1000; multiplyHigh keeps it exact anyway
        long hi = Math.multiplyHigh(i, blocks);
        long lo = i * blocks;
        if (hi == 0 && lo >= 0) {
            return lo / m;
        }
        return java.math.BigInteger.valueOf(i).multiply(java.math.BigInteger.valueOf(blocks))
                .divide(java.math.BigInteger.valueOf(m)).longValueExact();
    }

    /** Bytes read by one pass over the locations. */
    public long bytesCovered() {
        long sum = 0;
        for (SampleLocation l : locations) {
            sum += l.length();
        }
        return sum;
    }

    /** The share of the medium read, in percent. */
    public double coveragePercent() {
        return 100.0 * bytesCovered() / mediumBytes;
    }

    /** The size in bytes of subsection {@code i} (the last one includes the medium's unaligned tail). */
    public long subsectionBytes(int i) {
        long blocks = mediumBytes / alignment;
        if (blocks == 0) {
            return mediumBytes;
        }
        long z = (subsectionStart(i + 1, subsections, blocks) - subsectionStart(i, subsections, blocks)) * alignment;
        return i == subsections - 1 ? z + mediumBytes % alignment : z;
    }

    /**
     * True when this layout reads at least what {@code plan} asks: enough subsections, in each one the first and
     * last location and enough pseudorandom locations each covering the plan's share of its subsection (or the
     * whole subsection), and the plan's total coverage.
     */
    public boolean meets(SamplingPlan plan) {
        Require.nonNull(plan, "plan");
        if (subsections < plan.minSubsections() || coveragePercent() + 1e-9 < plan.minCoveragePercent()) {
            return false;
        }
        int[] pseudo = new int[subsections];
        boolean[] first = new boolean[subsections];
        boolean[] last = new boolean[subsections];
        boolean[] whole = new boolean[subsections];
        for (SampleLocation l : locations) {
            int i = l.subsection();
            switch (l.kind()) {
                case WHOLE:
                    whole[i] = true;
                    break;
                case FIRST:
                    first[i] = true;
                    break;
                case LAST:
                    last[i] = true;
                    break;
                default:
                    if (100.0 * l.length() + 1e-9 < plan.minSubsectionCoveragePercent() * subsectionBytes(i)) {
                        return false;
                    }
                    pseudo[i]++;
                    break;
            }
        }
        for (int i = 0; i < subsections; i++) {
            if (whole[i]) {
                continue;
            }
            if (pseudo[i] < plan.pseudorandomLocationsPerSubsection()
                    || (plan.firstAndLastLocation() && !(first[i] && last[i]))) {
                return false;
            }
        }
        return true;
    }

    /** "N locations in M subsections, X% of the medium, seed S", the figures an auditor needs first. */
    public String summary() {
        return String.format(Locale.ROOT, "%d locations in %d subsections, %.2f%% of the medium, seed %d",
                locations.size(), subsections, coveragePercent(), seed);
    }
}
