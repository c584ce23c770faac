package org.filiere.wipe.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.filiere.internal.Require;
import org.filiere.sanitization.SamplingPlan;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.Verification;
import org.filiere.sanitization.VerificationMode;
import org.filiere.sanitization.VerificationRequirement;
import org.filiere.wipe.engine.Progress;
import org.filiere.wipe.engine.ProgressListener;
import org.filiere.wipe.process.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sampled read-back around a firmware erase (ATA security erase / sanitize, NVMe sanitize / format), as the
 * firmware engines use it: {@link #before} samples the device just before the destructive command, {@link #after}
 * re-reads the same locations once the drive reports completion and turns the comparison into the record's
 * {@link Verification}:
 * <ul>
 *   <li>{@code SAMPLED}, passed or not, errors = failing locations, when the sample meets the technique's
 *       {@link VerificationRequirement#sampling() sampling plan} (NIST SP 800-88 r1 §4.7 by default);</li>
 *   <li>{@code FIRMWARE_STATUS_ONLY} with the reason in the detail when the device could not be read (permission,
 *       no namespace node), the read-back was cancelled, or the configured figures are below the plan: a "QUICK"
 *       read-back is reported in the detail and counts its failures, but never claims to be a NIST sample.</li>
 * </ul>
 * The device is only ever opened for reading. Thread-safe.
 *
 * <pre>{@code
 * FirmwareReadBack rb = new FirmwareReadBack(BlockReaderFactory.DEVICES, ReadBackSettings.nist());
 * FirmwareReadBack.Before before = rb.before(dev, progress, cancel);
 * if (before.cancelled()) { ... do not erase ... }
 * // ... firmware command, status polled until completed ...
 * Verification v = rb.after(before, dev, technique, "sanitize-log SPROG 65535", progress, cancel);
 * }</pre>
 */
public final class FirmwareReadBack {
    private static final Logger LOG = LoggerFactory.getLogger(FirmwareReadBack.class);

    /**
     * The pre-erase sample, or why there is none. Immutable.
     *
     * @param sample            the sample read before the erase, or null
     * @param unavailableReason why the device could not be sampled, or null
     */
    public record Before(Sample sample, String unavailableReason) {
        public Before {
            Require.that((sample == null) != (unavailableReason == null), "before",
                    "either a sample or the reason there is none");
        }

        /** True when a complete pre-erase sample exists. */
        public boolean available() {
            return sample != null && !sample.cancelled();
        }

        /** True when the operator cancelled while the pre-erase sample was read: the erase must not start. */
        public boolean cancelled() {
            return sample != null && sample.cancelled();
        }
    }

    private final BlockReaderFactory readers;
    private final SampledReadBack sampler;

    public FirmwareReadBack(BlockReaderFactory readers, ReadBackSettings settings) {
        this.readers = Require.nonNull(readers, "readers");
        this.sampler = new SampledReadBack(Require.nonNull(settings, "settings"));
    }

    /** Lays out a fresh sample of {@code device} and reads it. Never throws for an unreadable device. */
    public Before before(Path device, ProgressListener progress, Cancellation cancellation) {
        Require.nonNull(device, "device");
        try (BlockReader r = readers.open(device)) {
            SampleLayout layout = sampler.layout(r);
            LOG.info("read-back before the erase of {}: {}", device, layout.summary());
            Sample s = sampler.read(r, layout, observer(device, "before", progress), cancellation);
            return new Before(s, null);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot sample {} before the erase: {}", device, e.toString());
            return new Before(null, "cannot read " + device + " before the erase (" + describe(e) + ")");
        }
    }

    /**
     * Re-reads {@code before}'s locations and judges them (see {@link ReadBackComparison}) for {@code technique},
     * whose completion the drive reported as {@code firmwareStatus} (kept in the detail).
     */
    public Verification after(Before before, Path device, Technique technique, String firmwareStatus,
                              ProgressListener progress, Cancellation cancellation) {
        Require.nonNull(before, "before");
        Require.nonNull(device, "device");
        Require.nonNull(technique, "technique");
        String status = "firmware status: " + (firmwareStatus == null ? "completed" : firmwareStatus);
        if (!before.available()) {
            return statusOnly(status + "; no sampled read-back: " + (before.cancelled()
                    ? "the pre-erase sample was cancelled" : before.unavailableReason()), true, 0);
        }
        Sample after;
        try (BlockReader r = readers.open(device)) {
            after = sampler.read(r, before.sample().layout(), observer(device, "after", progress), cancellation);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot sample {} after the erase: {}", device, e.toString());
            return statusOnly(status + "; no sampled read-back: cannot read " + device + " after the erase ("
                    + describe(e) + ")", true, 0);
        }
        if (after.cancelled()) {
            return statusOnly(status + "; no sampled read-back: the post-erase read-back was cancelled", true, 0);
        }
        ReadBackComparison c = ReadBackComparison.of(before.sample(), after, technique.isCryptographicErase());
        SamplingPlan plan = VerificationRequirement.forTechnique(technique).sampling();
        plan = plan == null ? SamplingPlan.NIST : plan;
        LOG.info("read-back after the erase of {}: {} failing of {} locations", device, c.failingLocations(),
                c.layout().locations().size());
        if (c.layout().meets(plan)) {
            return new Verification(VerificationMode.SAMPLED, c.passed(), c.failingLocations(),
                    "sampled read-back (NIST SP 800-88 r1 §4.7): " + c.detail() + "; " + status);
        }
        return statusOnly(String.format(Locale.ROOT, "QUICK read-back below the NIST SP 800-88 r1 §4.7 plan (%d"
                        + " subsections, %d pseudorandom locations of %.1f%% + first and last, %.1f%% in total): %s; %s",
                plan.minSubsections(), plan.pseudorandomLocationsPerSubsection(), plan.minSubsectionCoveragePercent(),
                plan.minCoveragePercent(), c.detail(), status), c.passed(), c.failingLocations());
    }

    private static Verification statusOnly(String detail, boolean passed, long errors) {
        return new Verification(VerificationMode.FIRMWARE_STATUS_ONLY, passed, errors, detail);
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.AccessDeniedException) {
            kind = "permission denied";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            kind = "no such device";
        }
        return m == null ? kind : kind + ": " + m;
    }

    private static SampledReadBack.ReadObserver observer(Path device, String when, ProgressListener progress) {
        if (progress == null) {
            return SampledReadBack.ReadObserver.NONE;
        }
        int[] lastPercent = {-1};
        return (done, total) -> {
            int pct = total == 0 ? 100 : (int) (100 * done / total);
            if (pct != lastPercent[0]) {
                lastPercent[0] = pct;
                progress.onProgress(new Progress(device, "sampled read-back " + when + " the erase " + pct + "%",
                        null));
            }
        };
    }
}
