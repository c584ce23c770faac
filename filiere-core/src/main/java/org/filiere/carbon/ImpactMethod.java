package org.filiere.carbon;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;

/**
 * How much of a new device's embodied GWP a reused device is credited with avoiding. Every method then nets
 * out the refurbishment burden and applies the substitution rate S:
 * {@code avoided = S × (share × E_new − E_refurb)}.
 *
 * <ul>
 *   <li>{@link Substitution} (reference §4.1, default): share = 1, one reused device replaces one new one.</li>
 *   <li>{@link Annualised} (ADEME 2022, §4.2): functional unit = one year of use; with the use phase equal for
 *       both devices, {@code (E_new / L_new − E_refurb / L_second) × L_second}, i.e.
 *       share = L_second / L_new.</li>
 *   <li>{@link LifetimeExtension} (amortisation, §4.3): the device's life is extended by x years, production
 *       avoided = {@code E_new × x / L_new}, i.e. share = x / L_new.</li>
 * </ul>
 * The share is capped at 1: a reused device is never credited with more than one new device. All variants are
 * immutable and thread-safe.
 */
public sealed interface ImpactMethod permits ImpactMethod.Substitution, ImpactMethod.Annualised,
        ImpactMethod.LifetimeExtension {

    /** The share of E_new counted as avoided for a device with this factor, in [0, 1]. */
    double avoidedShare(Factor factor);

    /** A short stable name: {@code substitution}, {@code annualised}, {@code lifetime-extension}. */
    String id();

    /** Per-device substitution, reference §4.1: share = 1. */
    record Substitution() implements ImpactMethod {
        @Override
        public double avoidedShare(Factor factor) {
            return 1.0;
        }

        @Override
        public String id() {
            return "substitution";
        }
    }

    /**
     * ADEME 2022 annualised method (reference §4.2). Second-life durations per category; the default applies to
     * categories not listed.
     *
     * @param secondLifeYears        L_second per category, years, &gt; 0
     * @param defaultSecondLifeYears L_second for other categories, years, &gt; 0
     */
    record Annualised(Map<DeviceCategory, Double> secondLifeYears, double defaultSecondLifeYears) implements ImpactMethod {
        public Annualised {
            Require.nonNull(secondLifeYears, "secondLifeYears");
            secondLifeYears.forEach((k, v) -> Require.that(v != null && v > 0, "secondLifeYears." + k, "must be positive"));
            Require.that(defaultSecondLifeYears > 0, "defaultSecondLifeYears", "must be positive");
            secondLifeYears = secondLifeYears.isEmpty() ? Map.of()
                    : Collections.unmodifiableMap(new EnumMap<>(secondLifeYears));
        }

        /**
         * ADEME 2022's second lives: about 3 years for computers (laptop, desktop, all-in-one), about 2 years for
         * smartphones and tablets; 3 years for other categories (estimate: the study does not cover them).
         */
        public static Annualised ademe2022() {
            Map<DeviceCategory, Double> m = new EnumMap<>(DeviceCategory.class);
            m.put(DeviceCategory.LAPTOP, 3.0);
            m.put(DeviceCategory.DESKTOP, 3.0);
            m.put(DeviceCategory.ALL_IN_ONE, 3.0);
            m.put(DeviceCategory.SMARTPHONE, 2.0);
            m.put(DeviceCategory.TABLET, 2.0);
            return new Annualised(m, 3.0);
        }

        /** L_second of a category. */
        public double secondLife(DeviceCategory category) {
            Double v = secondLifeYears.get(category);
            return v == null ? defaultSecondLifeYears : v;
        }

        @Override
        public double avoidedShare(Factor factor) {
            return Math.min(1.0, secondLife(factor.category()) / factor.lifetimeYears());
        }

        @Override
        public String id() {
            return "annualised";
        }
    }

    /**
     * Lifetime extension (reference §4.3).
     *
     * @param extensionYears x, years of life added by reuse, &gt; 0
     */
    record LifetimeExtension(double extensionYears) implements ImpactMethod {
        public LifetimeExtension {
            Require.that(extensionYears > 0 && Double.isFinite(extensionYears), "extensionYears", "must be positive");
        }

        @Override
        public double avoidedShare(Factor factor) {
            return Math.min(1.0, extensionYears / factor.lifetimeYears());
        }

        @Override
        public String id() {
            return "lifetime-extension";
        }
    }
}
