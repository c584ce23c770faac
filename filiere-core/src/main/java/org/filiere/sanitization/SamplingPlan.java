package org.filiere.sanitization;

import org.filiere.internal.Require;

/**
 * A representative-sampling read-back plan for LBA-addressed media (NIST SP 800-88 Rev. 1 §4.7): divide the
 * medium into equal subsections, read pseudorandom locations in each plus the first and last addressable
 * location, and cover a minimum share of the medium. Immutable and thread-safe.
 *
 * @param minSubsections                  at least this many equal subsections
 * @param pseudorandomLocationsPerSubsection non-overlapping pseudorandom locations read in each subsection
 * @param firstAndLastLocation            whether the first and last addressable locations are read too
 * @param minSubsectionCoveragePercent    each sample covers at least this share of its subsection
 * @param minCoveragePercent              the samples cover at least this share of the whole medium
 */
public record SamplingPlan(int minSubsections, int pseudorandomLocationsPerSubsection, boolean firstAndLastLocation,
                           double minSubsectionCoveragePercent, double minCoveragePercent) {
    /**
     * NIST's figures: ≥ 1000 subsections, 2 pseudorandom locations each plus first and last, each sample ≥ 5 %
     * of its subsection, ≥ 10 % in total (Rev. 1 §4.7; figures unverified against the PDF, see the reference
     * notes).
     */
    public static final SamplingPlan NIST = new SamplingPlan(1000, 2, true, 5.0, 10.0);

    public SamplingPlan {
        Require.that(minSubsections >= 1, "sampling.minSubsections", "at least one subsection");
        Require.that(pseudorandomLocationsPerSubsection >= 1, "sampling.pseudorandomLocationsPerSubsection",
                "at least one location per subsection");
        Require.that(minSubsectionCoveragePercent > 0 && minSubsectionCoveragePercent <= 100,
                "sampling.minSubsectionCoveragePercent", "must be in (0, 100]");
        Require.that(minCoveragePercent > 0 && minCoveragePercent <= 100, "sampling.minCoveragePercent",
                "must be in (0, 100]");
    }
}
