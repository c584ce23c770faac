package org.filiere.wipe.verify;

import java.security.SecureRandom;
import java.util.function.LongSupplier;
import org.filiere.internal.Require;
import org.filiere.sanitization.SamplingPlan;

/**
 * How the sampled read-back is laid out and read: the number of equal subsections, the pseudorandom locations per
 * subsection and the share of its subsection each one covers (the first and last addressable locations of every
 * subsection are always read too), the read buffer, and where seeds come from. Immutable; thread-safe when the
 * seed supplier is.
 *
 * <p>The defaults are NIST SP 800-88 Rev. 1 §4.7 ({@link SamplingPlan#NIST}): 1000 subsections, 2 pseudorandom
 * locations of ≥ 5 % each, so ≥ 10 % of the medium. Lower figures are allowed (a "quick" check), but a sample
 * below the technique's plan is never recorded as {@code SAMPLED}: see {@link FirmwareReadBack}.
 *
 * <pre>{@code
 * ReadBackSettings nist = ReadBackSettings.nist();
 * ReadBackSettings replay = nist.withSeed(0x5eedL); // re-run an audited sample
 * }</pre>
 *
 * @param subsections                 equal subsections the medium is divided into (fewer on a medium with fewer
 *                                    aligned blocks)
 * @param pseudorandomPerSubsection   non-overlapping pseudorandom locations read in each subsection
 * @param locationCoveragePercent     each pseudorandom location covers at least this share of its subsection
 * @param bufferBytes                 read buffer size (rounded to the reader's alignment); bounds the memory used
 * @param seeds                       supplies the seed of each new sample (recorded in the verification detail)
 */
public record ReadBackSettings(int subsections, int pseudorandomPerSubsection, double locationCoveragePercent,
                               int bufferBytes, LongSupplier seeds) {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 8 MiB: large enough for sequential throughput, small enough for a station running several drives. */
    public static final int DEFAULT_BUFFER = 8 << 20;

    public ReadBackSettings {
        Require.that(subsections >= 1, "readBack.subsections", "at least one subsection");
        Require.that(pseudorandomPerSubsection >= 1, "readBack.pseudorandomPerSubsection",
                "at least one pseudorandom location per subsection");
        Require.that(locationCoveragePercent > 0 && locationCoveragePercent * pseudorandomPerSubsection <= 100,
                "readBack.locationCoveragePercent", "must be > 0 and the locations must fit in their subsection");
        Require.that(bufferBytes >= 4096, "readBack.bufferBytes", "at least 4096 bytes");
        Require.nonNull(seeds, "readBack.seeds");
    }

    /** The NIST SP 800-88 r1 §4.7 figures with fresh random seeds and an 8 MiB buffer. */
    public static ReadBackSettings nist() {
        return of(SamplingPlan.NIST);
    }

    /** Settings that lay out exactly {@code plan}'s figures, with fresh random seeds and an 8 MiB buffer. */
    public static ReadBackSettings of(SamplingPlan plan) {
        Require.nonNull(plan, "plan");
        double perLocation = Math.max(plan.minSubsectionCoveragePercent(),
                plan.minCoveragePercent() / plan.pseudorandomLocationsPerSubsection());
        return new ReadBackSettings(plan.minSubsections(), plan.pseudorandomLocationsPerSubsection(), perLocation,
                DEFAULT_BUFFER, RANDOM::nextLong);
    }

    /** A copy that always uses {@code seed}: to replay an audited sample, or in tests. */
    public ReadBackSettings withSeed(long seed) {
        return new ReadBackSettings(subsections, pseudorandomPerSubsection, locationCoveragePercent, bufferBytes,
                () -> seed);
    }

    /** A copy with other figures (a "quick" check below NIST is recorded as such, never as SAMPLED). */
    public ReadBackSettings withFigures(int subsections, int pseudorandomPerSubsection,
                                        double locationCoveragePercent) {
        return new ReadBackSettings(subsections, pseudorandomPerSubsection, locationCoveragePercent, bufferBytes,
                seeds);
    }

    /** A copy with another read buffer size. */
    public ReadBackSettings withBufferBytes(int bytes) {
        return new ReadBackSettings(subsections, pseudorandomPerSubsection, locationCoveragePercent, bytes, seeds);
    }
}
