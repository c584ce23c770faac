package org.filiere.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.filiere.FiliereException;
import org.filiere.device.DeviceCategory;
import org.filiere.topology.TransportMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-computed checks of the calculation, with the ademe-impactco2-2024 numbers (reference §2.1, §2.4, §6):
 * E_new laptop 182.6 (M ±30 %), desktop 204.4 (M), screen 65.9 (H ±50 %), smartphone 85.1 (M);
 * parts SSD 15.14, PSU 24.3, battery 10, screen panel 22.4 (all H); van 0.02 and car 0.04 kgCO2e per device-km
 * (H); wipe by default 1.2 h × 45 W × 0.06 kg/kWh = 0.00324 kg (H).
 */
class ImpactCalculatorTest {
    private static final Offset<Double> EPS = within(1e-9);
    private static final FactorSet SET = TestFactorSets.ademe2024();
    private static final double WIPE = 1.2 * 45 / 1000 * 0.06; // 0.00324

    static Stream<Arguments> handComputed() {
        return Stream.of(
                // laptop, S = 1, no transport, no part:
                //   E_refurb = 0.00324; avoided = 182.6 − 0.00324 = 182.59676
                //   low  = 182.6×0.7 − 0.00324×1.5 = 127.82 − 0.00486 = 127.81514
                //   high = 182.6×1.3 − 0.00324×0.5 = 237.38 − 0.00162 = 237.37838
                Arguments.of("laptop S=1 bare", DeviceCategory.LAPTOP, 1.0, 0.0, null, List.of(),
                        182.59676, 127.81514, 237.37838),
                // desktop, S = 0.7, 40 km by van (default mode), one SSD:
                //   E_refurb = 40×0.02 + 15.14 + 0.00324 = 0.8 + 15.14 + 0.00324 = 15.94324
                //   avoided = 0.7 × (204.4 − 15.94324) = 0.7 × 188.45676 = 131.919732
                //   low  = 0.7 × (204.4×0.7 − (1.2 + 22.71 + 0.00486)) = 0.7 × (143.08 − 23.91486) = 83.415598
                //   high = 0.7 × (204.4×1.3 − (0.4 + 7.57 + 0.00162))  = 0.7 × (265.72 − 7.97162)  = 180.423866
                Arguments.of("desktop S=0.7 van+SSD", DeviceCategory.DESKTOP, 0.7, 40.0, null,
                        List.of(new PartAdded(PartKind.SSD, 1)), 131.919732, 83.415598, 180.423866),
                // laptop, S = 0.7, 40 km, no part: E_refurb = 0.80324; avoided = 0.7 × 181.79676 = 127.257732
                //   low  = 0.7 × (127.82 − (1.2 + 0.00486)) = 0.7 × 126.61514 = 88.630598
                //   high = 0.7 × (237.38 − (0.4 + 0.00162)) = 0.7 × 236.97838 = 165.884866
                Arguments.of("laptop S=0.7 van", DeviceCategory.LAPTOP, 0.7, 40.0, null, List.of(),
                        127.257732, 88.630598, 165.884866),
                // screen, S = 1, 100 km by car, one PSU:
                //   E_refurb = 100×0.04 + 24.3 + 0.00324 = 28.30324; avoided = 65.9 − 28.30324 = 37.59676
                //   low  = 65.9×0.5 − (6 + 36.45 + 0.00486) = 32.95 − 42.45486 = −9.50486 (a net burden is shown)
                //   high = 65.9×1.5 − (2 + 12.15 + 0.00162) = 98.85 − 14.15162 = 84.69838
                Arguments.of("screen S=1 car+PSU", DeviceCategory.SCREEN, 1.0, 100.0, TransportMode.CAR,
                        List.of(new PartAdded(PartKind.PSU, 1)), 37.59676, -9.50486, 84.69838),
                // smartphone, S = 0.7, no transport, battery + screen panel:
                //   E_refurb = 10 + 22.4 + 0.00324 = 32.40324; avoided = 0.7 × (85.1 − 32.40324) = 36.887732
                //   low  = 0.7 × (85.1×0.7 − (15 + 33.6 + 0.00486)) = 0.7 × (59.57 − 48.60486) = 7.675598
                //   high = 0.7 × (85.1×1.3 − (5 + 11.2 + 0.00162)) = 0.7 × (110.63 − 16.20162) = 66.099866
                Arguments.of("smartphone S=0.7 battery+screen", DeviceCategory.SMARTPHONE, 0.7, 0.0, null,
                        List.of(new PartAdded(PartKind.BATTERY, 1), new PartAdded(PartKind.SCREEN, 1)),
                        36.887732, 7.675598, 66.099866),
                // desktop, S = 1, two HDDs (HDD is MEDIUM, ±30 %): E_refurb = 2×31.11 + 0.00324 = 62.22324
                //   avoided = 204.4 − 62.22324 = 142.17676
                //   low  = 143.08 − (62.22×1.3 + 0.00486) = 143.08 − 80.89086 = 62.18914
                //   high = 265.72 − (62.22×0.7 + 0.00162) = 265.72 − 43.55562 = 222.16438
                Arguments.of("desktop S=1 two HDD", DeviceCategory.DESKTOP, 1.0, 0.0, null,
                        List.of(new PartAdded(PartKind.HDD, 2)), 142.17676, 62.18914, 222.16438));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handComputed")
    void reusedDeviceMatchesHandComputation(String name, DeviceCategory category, double s, double km,
                                            TransportMode mode, List<PartAdded> parts,
                                            double expected, double low, double high) {
        ImpactCalculator calc = new ImpactCalculator(SET, s, new ImpactMethod.Substitution());
        DeviceImpact impact = calc.assess(new DonatedDevice(category, Outcome.REUSED, km, mode, parts, null,
                null, null, null, null));
        assertThat(impact.avoidedKgCO2e()).isCloseTo(expected, EPS);
        assertThat(impact.avoidedKgCO2eLow()).isCloseTo(low, EPS);
        assertThat(impact.avoidedKgCO2eHigh()).isCloseTo(high, EPS);
        assertThat(impact.avoidedKgCO2eLow()).isLessThanOrEqualTo(impact.avoidedKgCO2e());
        assertThat(impact.avoidedKgCO2e()).isLessThanOrEqualTo(impact.avoidedKgCO2eHigh());
    }

    @Test
    void measuredWipeDurationReplacesTheDefault() {
        // 0.5 h × 45 W × 0.06 kg/kWh = 0.00135 kg → 182.6 − 0.00135 = 182.59865
        ImpactCalculator calc = new ImpactCalculator(SET, 1.0, new ImpactMethod.Substitution());
        DeviceImpact impact = calc.assess(new DonatedDevice(DeviceCategory.LAPTOP, Outcome.REUSED, 0, null,
                List.of(), 0.5, null, null, null, null));
        assertThat(impact.avoidedKgCO2e()).isCloseTo(182.59865, EPS);
        assertThat(impact.refurbishmentKgCO2e()).isCloseTo(0.00135, EPS);
    }

    @Test
    void contractExampleInventoryAtSevenTenths() {
        // contracts/examples/inventory.json: desktop (40 km, SSD) 131.919732 + laptop (40 km) 127.257732
        // + screen RECYCLED 0 = 259.177464; e-waste avoided = 5.3 + 1.6 = 6.9 kg; routed = 5.7 kg
        List<DonatedDevice> devices = List.of(
                DonatedDevice.of(DeviceCategory.DESKTOP, Outcome.REUSED, 40, List.of(new PartAdded(PartKind.SSD, 1))),
                DonatedDevice.of(DeviceCategory.LAPTOP, Outcome.REUSED, 40, List.of()),
                DonatedDevice.of(DeviceCategory.SCREEN, Outcome.RECYCLED, 40, List.of()));
        ImpactReport r = ImpactCalculator.withDefaults(SET).report(devices);
        assertThat(r.totals().avoidedKgCO2e()).isCloseTo(259.177464, EPS);
        assertThat(r.totals().avoidedKgCO2eLow()).isCloseTo(83.415598 + 88.630598, EPS);
        assertThat(r.totals().avoidedKgCO2eHigh()).isCloseTo(180.423866 + 165.884866, EPS);
        assertThat(r.totals().eWasteAvoidedKg()).isCloseTo(6.9, EPS);
        assertThat(r.totals().eWasteRoutedKg()).isCloseTo(5.7, EPS);
        assertThat(r.totals().recycledCount()).isEqualTo(1);
        assertThat(r.byCategory()).containsOnlyKeys(DeviceCategory.LAPTOP, DeviceCategory.DESKTOP, DeviceCategory.SCREEN);
        assertThat(r.byCategory().get(DeviceCategory.SCREEN).avoidedKgCO2e()).isZero();
        assertThat(r.substitutionRate()).isEqualTo(0.7);
    }

    @Test
    void recycledAndDestroyedAvoidNothingButCountTheirMass() {
        ImpactCalculator calc = new ImpactCalculator(SET, 1.0, new ImpactMethod.Substitution());
        ImpactReport r = calc.report(List.of(
                DonatedDevice.of(DeviceCategory.TABLET, Outcome.RECYCLED, 10, List.of(new PartAdded(PartKind.RAM, 1))),
                DonatedDevice.of(DeviceCategory.LAPTOP, Outcome.DESTROYED, 0, List.of())));
        assertThat(r.totals().avoidedKgCO2e()).isZero();
        assertThat(r.totals().avoidedKgCO2eLow()).isZero();
        assertThat(r.totals().avoidedKgCO2eHigh()).isZero();
        assertThat(r.totals().eWasteAvoidedKg()).isZero();
        assertThat(r.totals().eWasteRoutedKg()).isCloseTo(0.7, EPS);
        assertThat(r.totals().destroyedKg()).isCloseTo(1.6, EPS);
        assertThat(r.totals().destroyedCount()).isEqualTo(1);
    }

    @Test
    void uncoveredCategoryIsCountedWithNoCreditAndNamed() {
        ImpactReport r = ImpactCalculator.withDefaults(SET).report(List.of(
                DonatedDevice.of(DeviceCategory.PRINTER, Outcome.REUSED, 0, List.of())));
        assertThat(r.totals().deviceCount()).isEqualTo(1);
        assertThat(r.totals().uncoveredCount()).isEqualTo(1);
        assertThat(r.totals().avoidedKgCO2e()).isZero();
        assertThat(r.uncoveredCategories()).containsExactly(DeviceCategory.PRINTER);
        ImpactDisclosure d = ImpactDisclosure.of(SET, r);
        assertThat(d.caveats()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo(Caveat.UNCOVERED);
            assertThat(c.text().en()).contains("PRINTER");
        });
    }

    @Test
    void annualisedMethodCreditsSecondLifeOverFirstLife() {
        // laptop: share = 3/5 = 0.6 → 0.6 × 182.6 − 0.00324 = 109.55676 (reference §4.3 example ≈ 110)
        // smartphone: share = 2/2.5 = 0.8 → 0.8 × 85.1 − 0.00324 = 68.07676
        ImpactCalculator calc = new ImpactCalculator(SET, 1.0, ImpactMethod.Annualised.ademe2022());
        assertThat(calc.assess(DonatedDevice.of(DeviceCategory.LAPTOP, Outcome.REUSED, 0, List.of())).avoidedKgCO2e())
                .isCloseTo(109.55676, EPS);
        assertThat(calc.assess(DonatedDevice.of(DeviceCategory.SMARTPHONE, Outcome.REUSED, 0, List.of()))
                .avoidedKgCO2e()).isCloseTo(68.07676, EPS);
    }

    @Test
    void lifetimeExtensionCreditsExtensionOverLifetimeCappedAtOneDevice() {
        // x = 3, L = 5: 182.6 × 3/5 − 0.00324 = 109.55676; S = 0.7 → 76.689732
        ImpactCalculator three = new ImpactCalculator(SET, 0.7, new ImpactMethod.LifetimeExtension(3));
        assertThat(three.assess(DonatedDevice.of(DeviceCategory.LAPTOP, Outcome.REUSED, 0, List.of())).avoidedKgCO2e())
                .isCloseTo(76.689732, EPS);
        // x = 10 > L: capped at one new device → 182.59676
        ImpactCalculator ten = new ImpactCalculator(SET, 1.0, new ImpactMethod.LifetimeExtension(10));
        assertThat(ten.assess(DonatedDevice.of(DeviceCategory.LAPTOP, Outcome.REUSED, 0, List.of())).avoidedKgCO2e())
                .isCloseTo(182.6 - WIPE, EPS);
    }

    @Test
    void substitutionRateOutsideZeroOneIsRefused() {
        assertThatThrownBy(() -> new ImpactCalculator(SET, 1.2, new ImpactMethod.Substitution()))
                .isInstanceOf(FiliereException.class).hasMessageContaining("substitutionRate");
        assertThatThrownBy(() -> new ImpactCalculator(SET, -0.1, new ImpactMethod.Substitution()))
                .isInstanceOf(FiliereException.class);
    }

    @Test
    void zeroSubstitutionAvoidsNothing() {
        ImpactCalculator calc = new ImpactCalculator(SET, 0.0, new ImpactMethod.Substitution());
        DeviceImpact i = calc.assess(DonatedDevice.of(DeviceCategory.DESKTOP, Outcome.REUSED, 50, List.of()));
        assertThat(i.avoidedKgCO2e()).isZero();
        assertThat(i.avoidedKgCO2eLow()).isZero();
        assertThat(i.avoidedKgCO2eHigh()).isZero();
    }

    @Test
    void aggregatesByDonorAgreementSiteMonthAndYear() {
        LocalDate june = LocalDate.of(2026, 6, 15);
        LocalDate july = LocalDate.of(2026, 7, 2);
        List<DonatedDevice> devices = List.of(
                new DonatedDevice(DeviceCategory.LAPTOP, Outcome.REUSED, 0, null, List.of(), null,
                        "dept05", "CONV-1", "miraille", june),
                new DonatedDevice(DeviceCategory.LAPTOP, Outcome.REUSED, 0, null, List.of(), null,
                        "dept05", "CONV-2", "chorges", july),
                new DonatedDevice(DeviceCategory.SCREEN, Outcome.RECYCLED, 0, null, List.of(), null,
                        "enedis", "CONV-3", "miraille", june),
                DonatedDevice.of(DeviceCategory.DESKTOP, Outcome.REUSED, 0, List.of()));
        ImpactReport r = new ImpactCalculator(SET, 1.0, new ImpactMethod.Substitution()).report(devices);
        double laptop = 182.6 - WIPE;
        double desktop = 204.4 - WIPE;
        assertThat(r.totals().avoidedKgCO2e()).isCloseTo(2 * laptop + desktop, EPS);
        assertThat(r.byDonor()).containsOnlyKeys("dept05", "enedis");
        assertThat(r.byDonor().get("dept05").avoidedKgCO2e()).isCloseTo(2 * laptop, EPS);
        assertThat(r.byDonor().get("enedis").eWasteRoutedKg()).isCloseTo(5.7, EPS);
        assertThat(r.byAgreement()).containsOnlyKeys("CONV-1", "CONV-2", "CONV-3");
        assertThat(r.bySite().get("miraille").deviceCount()).isEqualTo(2);
        assertThat(r.byMonth()).containsOnlyKeys(YearMonth.of(2026, 6), YearMonth.of(2026, 7));
        assertThat(r.byMonth().get(YearMonth.of(2026, 7)).avoidedKgCO2e()).isCloseTo(laptop, EPS);
        assertThat(r.byYear().get(Year.of(2026)).deviceCount()).isEqualTo(3);
        assertThat(r.byCategory().get(DeviceCategory.LAPTOP).reusedCount()).isEqualTo(2);
        assertThat(new ImpactCalculator(SET, 1.0, new ImpactMethod.Substitution())
                .groupBy(devices, DonatedDevice::outcome).get(Outcome.REUSED).deviceCount()).isEqualTo(3);
    }

    @Test
    void rangeBracketsTheValueOverManyMixedDevices() {
        java.util.Random random = new java.util.Random(7);
        DeviceCategory[] cats = DeviceCategory.values();
        PartKind[] kinds = PartKind.values();
        Outcome[] outcomes = Outcome.values();
        TransportMode[] modes = TransportMode.values();
        List<DonatedDevice> devices = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            List<PartAdded> parts = random.nextInt(3) == 0
                    ? List.of(new PartAdded(kinds[random.nextInt(kinds.length)], 1 + random.nextInt(3))) : List.of();
            devices.add(new DonatedDevice(cats[random.nextInt(cats.length)], outcomes[random.nextInt(3)],
                    random.nextInt(500), modes[random.nextInt(modes.length)], parts, null, null, null, null, null));
        }
        ImpactCalculator calc = new ImpactCalculator(SET, random.nextDouble(), new ImpactMethod.Substitution());
        for (DonatedDevice d : devices) {
            DeviceImpact i = calc.assess(d);
            assertThat(i.avoidedKgCO2eLow()).isLessThanOrEqualTo(i.avoidedKgCO2e());
            assertThat(i.avoidedKgCO2e()).isLessThanOrEqualTo(i.avoidedKgCO2eHigh());
        }
        ImpactTotals t = calc.report(devices).totals();
        assertThat(t.avoidedKgCO2eLow()).isLessThanOrEqualTo(t.avoidedKgCO2e());
        assertThat(t.avoidedKgCO2e()).isLessThanOrEqualTo(t.avoidedKgCO2eHigh());
    }

    @Test
    void disclosureCarriesTheMandatoryWordingInBothLanguages() {
        ImpactReport r = ImpactCalculator.withDefaults(SET).report(List.of(
                DonatedDevice.of(DeviceCategory.LAPTOP, Outcome.REUSED, 0, List.of())));
        ImpactDisclosure d = ImpactDisclosure.of(SET, r);
        assertThat(d.title().en()).isEqualTo("Contribution to avoided emissions");
        assertThat(d.caveats()).extracting(Caveat::code).contains(Caveat.WORDING, Caveat.NOT_DEDUCTED,
                Caveat.NOT_INVENTORY_REDUCTION, Caveat.SUBSTITUTION, Caveat.FACTOR_SET, Caveat.METHOD);
        String en = String.join("\n", d.texts(Locale.ENGLISH));
        String fr = String.join("\n", d.texts(Locale.FRENCH));
        assertThat(en).contains("contribution to avoided emissions", "never deducted from scope 1, 2 or 3",
                "ESRS E1", "GHG Protocol", "S = 0.7", "ademe-impactco2-2024", SET.sources().get(0));
        assertThat(fr).contains("contribution aux émissions évitées", "ne se déduisent jamais", "S = 0,7",
                "ne réduit pas le bilan GES du donateur");
    }
}
