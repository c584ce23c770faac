package org.filiere.device;

import org.filiere.internal.Require;

/**
 * The specifications of a device that matter for allocation (a beneficiary's request states minimums).
 * Every field is null when unknown. Immutable.
 *
 * @param cpu       processor model as printed by the vendor ({@code "Intel Core i5-8350U"}), or null
 * @param ramGb     installed memory in GB, or null
 * @param storageGb total storage capacity in GB, or null
 */
public record DeviceSpecs(String cpu, Integer ramGb, Integer storageGb) {
    /** Nothing known. */
    public static final DeviceSpecs UNKNOWN = new DeviceSpecs(null, null, null);

    public DeviceSpecs {
        Require.that(cpu == null || !cpu.isBlank(), "cpu", "must not be blank when given");
        Require.that(ramGb == null || ramGb >= 0, "ramGb", "must not be negative");
        Require.that(storageGb == null || storageGb >= 0, "storageGb", "must not be negative");
    }
}
