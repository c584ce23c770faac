package org.filiere.wipe.nwipe;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.filiere.internal.Require;

/**
 * A parsed nwipe log: version, options, per-device summaries, the end message. Produced by
 * {@link NwipeLogParser}; {@link #outcome(String)} decides what happened to one device from the summary tables,
 * never from the exit code. Immutable.
 *
 * @param toolVersion  the version nwipe reports ({@code "0.33"}), or null when the log does not say
 * @param layout       which table layout the log uses
 * @param methodLabel  the method label (options block or summary footer), or null
 * @param rounds       rounds from the options or footer, or null
 * @param verify       the verify option as printed ({@code "1 (last pass)"} or footer {@code VL}), or null
 * @param blank        whether blanking was on (footer {@code B}/{@code NB}), or null
 * @param devices      one summary per device seen in the tables or log lines
 * @param footerSeen   the {@code Total Throughput} footer line after the Drive Status table was found
 * @param endMessage   nwipe's final {@code info:} message, or null when the log stops before it
 */
public record NwipeLog(String toolVersion, Layout layout, String methodLabel, Integer rounds, String verify,
                       Boolean blank, List<DeviceSummary> devices, boolean footerSeen, String endMessage) {

    /** Summary-table layouts. */
    public enum Layout {
        /** Before 0.31: {@code ! Device |}, no Fdatasync column. */
        PRE_0_31,
        /** 0.31 to 0.40 (Debian's 0.33/0.34): Error Summary with Fdatasync column, Drive Status. */
        V0_31,
        /** 0.41+: an Erasure Summary table between the two. */
        V0_41,
        /** No summary table was found. */
        NONE
    }

    public NwipeLog {
        Require.nonNull(layout, "layout");
        devices = Require.copy(devices, "devices");
    }

    /** The summary of {@code device} ({@code /dev/} prefix optional), if the log mentions it. */
    public Optional<DeviceSummary> device(String device) {
        String name = shortName(device);
        return devices.stream().filter(d -> d.device().equals(name)).findFirst();
    }

    /** What the log proves about {@code device}: see {@link Outcome}. */
    public Outcome outcome(String device) {
        String name = shortName(device);
        Optional<DeviceSummary> d = device(name);
        if (layout == Layout.NONE) {
            return new Outcome(Verdict.FAILED, "no Drive Status table in the nwipe log (missing, truncated or not "
                    + "an nwipe log)", d.orElse(null));
        }
        if (d.isEmpty() || d.get().status() == null && d.get().rowProblem() == null) {
            return new Outcome(Verdict.FAILED, "the Drive Status table has no row for " + name, d.orElse(null));
        }
        DeviceSummary s = d.get();
        if (s.status() == null) {
            return new Outcome(Verdict.FAILED, "unreadable Drive Status row for " + name + ": " + s.rowProblem(), s);
        }
        String detail = s.problems().isEmpty() ? "" : ": " + String.join("; ", s.problems());
        switch (s.status()) {
            case FAILED:
                return new Outcome(Verdict.FAILED, "nwipe reported -FAILED- for " + name + detail, s);
            case INSANITY:
                return new Outcome(Verdict.FAILED, "nwipe reported INSANITY for " + name + detail, s);
            case USER_ABORTED:
                return new Outcome(Verdict.ABORTED, "nwipe reported UABORTED (aborted by the user or a signal) for "
                        + name, s);
            default:
                break;
        }
        if (s.rowProblem() != null) {
            return new Outcome(Verdict.FAILED, "unreadable Drive Status row for " + name + ": " + s.rowProblem(), s);
        }
        if (s.passErrors() == null || s.verificationErrors() == null) {
            return new Outcome(Verdict.FAILED, "the Error Summary table has no row for " + name, s);
        }
        long errors = s.passErrors() + s.verificationErrors() + (s.syncErrors() == null ? 0 : s.syncErrors());
        if (errors > 0) {
            return new Outcome(Verdict.FAILED, "Erased but the Error Summary counts " + s.passErrors()
                    + " pass, " + s.verificationErrors() + " verification and " + s.syncErrors()
                    + " fdatasync errors for " + name, s);
        }
        if (!footerSeen) {
            return new Outcome(Verdict.FAILED, "the log is truncated after the Drive Status table (no Total "
                    + "Throughput footer): the evidence is incomplete", s);
        }
        return new Outcome(Verdict.ERASED, "Erased", s);
    }

    /** What the log proves about one device. */
    public enum Verdict { ERASED, FAILED, ABORTED }

    /**
     * The decision for one device.
     *
     * @param verdict erased, failed or aborted
     * @param reason  why, in words fit for a record
     * @param summary the device's summary, or null when the log does not mention it
     */
    public record Outcome(Verdict verdict, String reason, DeviceSummary summary) {
        public Outcome {
            Require.nonNull(verdict, "verdict");
            Require.nonBlank(reason, "reason");
        }
    }

    static String shortName(String device) {
        String d = device == null ? "" : device.strip();
        return d.startsWith("/dev/") ? d.substring(5) : d;
    }

    /** The method this log ran, from its label. */
    public Optional<NwipeMethod> method() {
        return NwipeMethod.fromLabel(methodLabel);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NwipeLog[%s, %s, %s, %d devices]", toolVersion, layout, methodLabel,
                devices.size());
    }
}
