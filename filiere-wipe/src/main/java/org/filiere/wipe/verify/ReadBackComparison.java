package org.filiere.wipe.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.filiere.internal.Require;

/**
 * The before/after judgement of a sampled read-back. Per location:
 * <ul>
 *   <li>held data before (not uniform): consistent when its content <b>changed</b> (another SHA-256), whatever it
 *       reads now: uniform 0x00/0xFF after a block erase or format, pseudorandom after a cryptographic erase. Still
 *       the same content means the erase did not reach it;</li>
 *   <li>uniform before (never written, trimmed): consistent only when uniform after (0x00 or 0xFF); nothing can
 *       have changed visibly, and data appearing there is not an erased medium;</li>
 *   <li>unreadable before: consistent only when uniform after;</li>
 *   <li>unreadable after: a failure (nothing proves that location was erased).</li>
 * </ul>
 * The verification passes when every location is consistent. For cryptographic erase this is the before/after
 * comparison NIST SP 800-88 r1 §2.6 asks for: no sampled location may still equal its pre-erase content; when no
 * location held data before, the comparison says nothing about the key change and the detail says so. Immutable.
 *
 * @param layout             the sampled layout
 * @param cryptographicErase whether the technique was a cryptographic erase (changes the wording only)
 * @param changed            locations that held data before and changed
 * @param uniformBoth        locations uniform (or unreadable) before and uniform after
 * @param failures           the inconsistent locations, in layout order
 * @param bypassedCache      whether both samples bypassed the page cache
 */
public record ReadBackComparison(SampleLayout layout, boolean cryptographicErase, int changed, int uniformBoth,
                                 List<LocationFailure> failures, boolean bypassedCache) {
    /** How many failures the detail text lists (the count covers them all). */
    static final int LISTED_FAILURES = 5;

    public ReadBackComparison {
        Require.nonNull(layout, "comparison.layout");
        failures = Require.copy(failures, "comparison.failures");
    }

    /**
     * Compares two complete samples of the same layout.
     *
     * @throws org.filiere.FiliereException when the samples are of different layouts or one is incomplete
     */
    public static ReadBackComparison of(Sample before, Sample after, boolean cryptographicErase) {
        Require.nonNull(before, "before");
        Require.nonNull(after, "after");
        Require.that(before.layout().equals(after.layout()), "after", "must re-read the same layout as before");
        Require.that(!before.cancelled() && !after.cancelled(), "sample", "both samples must be complete");
        int changed = 0;
        int uniformBoth = 0;
        List<LocationFailure> failures = new ArrayList<>();
        for (int i = 0; i < before.contents().size(); i++) {
            LocationContent b = before.contents().get(i);
            LocationContent a = after.contents().get(i);
            SampleLocation loc = b.location();
            if (!a.readable()) {
                failures.add(new LocationFailure(loc, "unreadable after the erase: " + a.error()));
            } else if (!b.readable() || b.uniform()) {
                if (a.uniform()) {
                    uniformBoth++;
                } else {
                    failures.add(new LocationFailure(loc, (b.readable() ? "uniform (" + b.uniformity() + ")"
                            : "unreadable") + " before the erase but holds non-uniform data after"));
                }
            } else if (a.sha256().equals(b.sha256())) {
                failures.add(new LocationFailure(loc, cryptographicErase
                        ? "still equals its pre-erase content: the media encryption key was not changed"
                        : "unchanged: still holds its pre-erase content"));
            } else {
                changed++;
            }
        }
        return new ReadBackComparison(before.layout(), cryptographicErase, changed, uniformBoth, failures,
                before.bypassedCache() && after.bypassedCache());
    }

    /** True when every sampled location is consistent with an erased medium. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** Locations that do not show the erase (the verification error count). */
    public int failingLocations() {
        return failures.size();
    }

    /**
     * The verification detail: "N locations in M subsections, X% of the medium, seed S", then the layout's
     * parameters (so the sample can be re-run), the outcome counts and the first failures.
     */
    public String detail() {
        StringBuilder s = new StringBuilder(layout.summary());
        s.append(String.format(Locale.ROOT, " (medium %d bytes, %d-byte aligned reads%s; per subsection the first and"
                        + " last block + %d pseudorandom locations of %.2f%% each; SplitMix64)",
                layout.mediumBytes(), layout.alignment(), bypassedCache ? ", O_DIRECT" : ", through the page cache",
                layout.pseudorandomPerSubsection(), layout.locationCoveragePercent()));
        s.append(cryptographicErase ? "; before/after comparison (cryptographic erase): " : "; before/after: ");
        s.append(changed).append(" changed, ").append(uniformBoth).append(" uniform before and after, ")
                .append(failures.size()).append(" failing");
        if (cryptographicErase && changed == 0 && failures.isEmpty()) {
            s.append(" (inconclusive about the key change: no sampled location held data before the erase)");
        }
        for (int i = 0; i < Math.min(LISTED_FAILURES, failures.size()); i++) {
            s.append(i == 0 ? ": " : "; ").append(failures.get(i));
        }
        if (failures.size() > LISTED_FAILURES) {
            s.append("; and ").append(failures.size() - LISTED_FAILURES).append(" more");
        }
        return s.toString();
    }
}
