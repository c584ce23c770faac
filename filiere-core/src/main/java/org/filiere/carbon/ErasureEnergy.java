package org.filiere.carbon;

import org.filiere.internal.Require;

/**
 * Emissions of erasing one device's media: {@code hours × hostWatts / 1000 × gridKgCO2ePerKWh}. The defaults
 * apply when a device does not carry its measured wipe duration. The reference (§6) finds this negligible
 * (grams of CO2e per device on the French grid); it is computed anyway so the sheet can say so with a
 * number. Immutable and thread-safe.
 *
 * @param defaultHours        wipe duration assumed when unknown, hours, &ge; 0
 * @param hostWatts           power drawn by the wiping host during the wipe, W, &ge; 0
 * @param gridKgCO2ePerKWh    electricity grid factor, kgCO2e/kWh, &ge; 0
 * @param sourceUrl           source of the grid factor; never blank
 * @param year                year of the grid factor
 * @param uncertainty         uncertainty class of the result
 * @param estimate            true when duration or power are estimates
 * @param note                assumptions (never null)
 */
public record ErasureEnergy(double defaultHours, double hostWatts, double gridKgCO2ePerKWh, String sourceUrl,
                            int year, Uncertainty uncertainty, boolean estimate, String note) {
    public ErasureEnergy {
        Require.nonNegative(defaultHours, "defaultHours");
        Require.nonNegative(hostWatts, "hostWatts");
        Require.nonNegative(gridKgCO2ePerKWh, "gridKgCO2ePerKWh");
        Require.nonBlank(sourceUrl, "sourceUrl");
        Require.that(year >= 1990 && year <= 2100, "year", "must be a plausible year");
        Require.nonNull(uncertainty, "uncertainty");
        note = note == null ? "" : note;
        Require.that(!estimate || !note.isBlank(), "note", "an estimate must say how it was obtained");
    }

    /** kgCO2e of a wipe lasting {@code hours} at {@link #hostWatts()}. */
    public double kgCO2e(double hours) {
        return hours * hostWatts / 1000.0 * gridKgCO2ePerKWh;
    }

    /** kgCO2e of a wipe of {@link #defaultHours()}. */
    public double defaultKgCO2e() {
        return kgCO2e(defaultHours);
    }
}
