package org.filiere.wipe.hdparm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filiere.internal.Require;
import org.filiere.sanitization.HiddenAreaStatus;

/**
 * The HPA/DCO state of an ATA drive from {@code hdparm -N} ("max sectors = current/native, HPA is
 * enabled|disabled") and {@code hdparm --dco-identify} ("Real max sectors: N"). Immutable.
 *
 * @param currentMaxSectors  sectors visible to the host, or null
 * @param nativeMaxSectors   sectors the drive has without HPA, or null
 * @param hpaEnabled         hdparm says "HPA is enabled", or null when unknown
 * @param dcoRealMaxSectors  DCO's real max sectors, or null when unknown
 * @param status             the conclusion: ABSENT only when both checks prove nothing is hidden
 * @param detail             what was found, for the record
 */
public record HiddenAreaReport(Long currentMaxSectors, Long nativeMaxSectors, Boolean hpaEnabled,
                               Long dcoRealMaxSectors, HiddenAreaStatus status, String detail) {
    private static final Pattern MAX = Pattern.compile("max sectors\\s*=\\s*(\\d+)/(\\d+),\\s*HPA is (enabled|disabled)");
    private static final Pattern REAL = Pattern.compile("Real max sectors:\\s*(\\d+)");

    public HiddenAreaReport {
        Require.nonNull(status, "status");
        Require.nonNull(detail, "detail");
    }

    /** Concludes from the outputs of {@code hdparm -N} and {@code hdparm --dco-identify} (either may be null). */
    public static HiddenAreaReport from(String dashN, String dcoIdentify) {
        Long cur = null;
        Long nat = null;
        Boolean hpa = null;
        Long real = null;
        if (dashN != null) {
            Matcher m = MAX.matcher(dashN);
            if (m.find()) {
                cur = parse(m.group(1));
                nat = parse(m.group(2));
                hpa = m.group(3).equals("enabled");
            }
        }
        if (dcoIdentify != null) {
            Matcher m = REAL.matcher(dcoIdentify);
            if (m.find()) {
                real = parse(m.group(1));
            }
        }
        if (cur == null || nat == null) {
            return new HiddenAreaReport(cur, nat, hpa, real, HiddenAreaStatus.UNKNOWN,
                    "hdparm -N gave no max sectors: hidden areas unknown");
        }
        if (Boolean.TRUE.equals(hpa) || cur < nat) {
            return new HiddenAreaReport(cur, nat, hpa, real, HiddenAreaStatus.PRESENT, "HPA hides "
                    + (nat - cur) + " sectors (" + cur + "/" + nat + "): remove it with hdparm -N p" + nat);
        }
        if (real == null) {
            return new HiddenAreaReport(cur, nat, hpa, null, HiddenAreaStatus.UNKNOWN,
                    "no HPA, but the DCO real max is unknown (hdparm --dco-identify gave nothing)");
        }
        // DCO real max counts sectors 0..N: real max = last LBA + 1 in hdparm's output, compare with native
        if (real > nat) {
            return new HiddenAreaReport(cur, nat, hpa, real, HiddenAreaStatus.PRESENT, "DCO hides "
                    + (real - nat) + " sectors (native " + nat + ", DCO real " + real
                    + "): restore with hdparm --dco-restore");
        }
        return new HiddenAreaReport(cur, nat, hpa, real, HiddenAreaStatus.ABSENT,
                "no HPA (" + cur + "/" + nat + "), DCO real max " + real);
    }

    private static Long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
