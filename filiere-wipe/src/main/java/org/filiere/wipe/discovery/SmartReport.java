package org.filiere.wipe.discovery;

import java.util.List;
import org.filiere.internal.Require;

/**
 * What {@code smartctl -j -a} says about a drive: identity and health. Fields not reported are null. Immutable.
 *
 * @param protocol            {@code ATA}, {@code NVMe}, {@code SCSI}, or null
 * @param model               model name, or null
 * @param serial              serial number, or null
 * @param firmware            firmware version, or null
 * @param capacityBytes       user capacity in bytes, or null
 * @param rotationRpm         rotation rate; 0 means solid state; null when not reported
 * @param passed              overall-health self-assessment, or null when smartctl could not tell
 * @param reallocatedSectors  ATA attribute 5 raw value, or null
 * @param pendingSectors      ATA attribute 197 raw value, or null
 * @param powerOnHours        power-on hours, or null
 * @param nvmeMediaErrors     NVMe media and data integrity errors, or null
 * @param nvmeCriticalWarning NVMe critical warning bits, or null
 * @param exitStatus          smartctl's exit status bits, or null
 * @param messages            smartctl's messages (errors first as it prints them)
 */
public record SmartReport(String protocol, String model, String serial, String firmware, Long capacityBytes,
                          Long rotationRpm, Boolean passed, Long reallocatedSectors, Long pendingSectors,
                          Long powerOnHours, Long nvmeMediaErrors, Long nvmeCriticalWarning, Long exitStatus,
                          List<String> messages) {
    public SmartReport {
        messages = Require.copy(messages, "messages");
    }

    /**
     * True when the drive should be destroyed rather than reused: SMART overall health FAILED, or an NVMe critical
     * warning (spare below threshold, reliability degraded, read-only). Users of nwipe ask for this (issue #357).
     */
    public boolean flaggedForDestruction() {
        return Boolean.FALSE.equals(passed) || (nvmeCriticalWarning != null && (nvmeCriticalWarning & 0x0d) != 0);
    }

    /** Human-readable health notes. */
    public List<String> healthWarnings() {
        java.util.List<String> w = new java.util.ArrayList<>();
        if (Boolean.FALSE.equals(passed)) {
            w.add("SMART overall health FAILED: flag the drive for destruction, do not reuse it");
        } else if (passed == null) {
            w.add("SMART health unknown" + (messages.isEmpty() ? "" : ": " + messages.get(0)));
        }
        if (reallocatedSectors != null && reallocatedSectors > 0) {
            w.add(reallocatedSectors + " reallocated sectors");
        }
        if (pendingSectors != null && pendingSectors > 0) {
            w.add(pendingSectors + " pending sectors");
        }
        if (nvmeCriticalWarning != null && nvmeCriticalWarning != 0) {
            w.add("NVMe critical warning 0x" + Long.toHexString(nvmeCriticalWarning));
        }
        return w;
    }
}
