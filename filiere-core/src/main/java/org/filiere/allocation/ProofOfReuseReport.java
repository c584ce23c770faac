package org.filiere.allocation;

import java.time.LocalDate;
import java.util.List;
import org.filiere.internal.Require;

/**
 * The per-device proof of reuse for one public donor's agreement (décret n° 2023-266: the recipient must be
 * able to justify the effective reuse). Immutable.
 *
 * @param agreementId the cession agreement
 * @param donorName   the public body
 * @param asOf        the day the report describes
 * @param devices     one fate per device of the agreement, in the agreement's order
 */
public record ProofOfReuseReport(String agreementId, String donorName, LocalDate asOf, List<DeviceFate> devices) {
    public ProofOfReuseReport {
        Require.nonBlank(agreementId, "agreementId");
        Require.nonBlank(donorName, "donorName");
        Require.nonNull(asOf, "asOf");
        devices = Require.copy(devices, "devices");
    }

    /** Devices reused. */
    public long reused() {
        return devices.stream().filter(f -> f instanceof DeviceFate.Reused).count();
    }

    /** Devices recycled. */
    public long recycled() {
        return devices.stream().filter(f -> f instanceof DeviceFate.Recycled).count();
    }

    /** Devices still in the network or untracked. */
    public long pending() {
        return devices.size() - reused() - recycled();
    }

    /** Total weight recycled, kg. */
    public double recycledKg() {
        return devices.stream().filter(f -> f instanceof DeviceFate.Recycled)
                .mapToDouble(f -> ((DeviceFate.Recycled) f).weightKg()).sum();
    }

    /** Share of the agreement's devices reused so far, 0 to 1 (0 for an empty agreement). */
    public double reusedShare() {
        return devices.isEmpty() ? 0 : (double) reused() / devices.size();
    }
}
