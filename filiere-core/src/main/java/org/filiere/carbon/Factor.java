package org.filiere.carbon;

import java.util.OptionalDouble;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;

/**
 * The factor of one device category in a {@link FactorSet}: embodied GWP of an equivalent <em>new</em>
 * device (cradle-to-gate plus distribution, no use phase, no end of life), its mass and first lifetime,
 * optionally its abiotic-resource figure, with where the numbers come from. Immutable and thread-safe.
 *
 * <pre>{@code
 * new Factor(DeviceCategory.LAPTOP, 182.6, 1.6, 5, OptionalDouble.empty(),
 *         "https://github.com/incubateur-ademe/impactco2", 2024, Uncertainty.MEDIUM, "170.3 + 12.3");
 * }</pre>
 *
 * @param category       the device category (the reference's "Monitor" rows are {@link DeviceCategory#SCREEN})
 * @param embodiedKgCO2e E_new, kgCO2e, &gt; 0
 * @param massKg         mass of the device, kg, &gt; 0 (used for e-waste figures)
 * @param lifetimeYears  first-life duration L_new, years, &gt; 0 (used by the annualised and extension methods)
 * @param adpeKgSbEq     abiotic depletion (elements), kg Sb eq, when the source gives it
 * @param sourceUrl      where the E_new figure comes from (URL), never blank
 * @param year           year of the source values
 * @param uncertainty    uncertainty class of E_new
 * @param note           how the figures were taken or derived (may be empty, never null)
 */
public record Factor(DeviceCategory category, double embodiedKgCO2e, double massKg, double lifetimeYears,
                     OptionalDouble adpeKgSbEq, String sourceUrl, int year, Uncertainty uncertainty, String note) {
    public Factor {
        Require.nonNull(category, "category");
        Require.that(embodiedKgCO2e > 0 && Double.isFinite(embodiedKgCO2e), "embodiedKgCO2e", "must be a positive number");
        Require.that(massKg > 0 && Double.isFinite(massKg), "massKg", "must be a positive number");
        Require.that(lifetimeYears > 0 && Double.isFinite(lifetimeYears), "lifetimeYears", "must be a positive number");
        Require.nonNull(adpeKgSbEq, "adpeKgSbEq");
        adpeKgSbEq.ifPresent(v -> Require.nonNegative(v, "adpeKgSbEq"));
        Require.nonBlank(sourceUrl, "sourceUrl");
        Require.that(year >= 1990 && year <= 2100, "year", "must be a plausible year");
        Require.nonNull(uncertainty, "uncertainty");
        note = note == null ? "" : note;
    }
}
