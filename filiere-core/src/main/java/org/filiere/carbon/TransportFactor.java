package org.filiere.carbon;

import org.filiere.internal.Require;
import org.filiere.topology.TransportMode;

/**
 * Emissions of moving one device one kilometre by a mode, already shared among the devices of a typical load
 * (kgCO2e per device-km). Immutable and thread-safe.
 *
 * @param mode                 the transport mode
 * @param kgCO2ePerDeviceKm    kgCO2e per device and km, &ge; 0
 * @param sourceUrl            source of the vehicle figure or the basis of the estimate; never blank
 * @param year                 year of the source
 * @param uncertainty          uncertainty class
 * @param estimate             true when the number is not published as such
 * @param note                 vehicle factor and load assumed (never null)
 */
public record TransportFactor(TransportMode mode, double kgCO2ePerDeviceKm, String sourceUrl, int year,
                              Uncertainty uncertainty, boolean estimate, String note) {
    public TransportFactor {
        Require.nonNull(mode, "mode");
        Require.nonNegative(kgCO2ePerDeviceKm, "kgCO2ePerDeviceKm");
        Require.nonBlank(sourceUrl, "sourceUrl");
        Require.that(year >= 1990 && year <= 2100, "year", "must be a plausible year");
        Require.nonNull(uncertainty, "uncertainty");
        note = note == null ? "" : note;
        Require.that(!estimate || !note.isBlank(), "note", "an estimate must say how it was obtained");
    }
}
