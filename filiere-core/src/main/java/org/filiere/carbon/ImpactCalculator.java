package org.filiere.carbon;

import java.time.Year;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.filiere.device.DeviceCategory;
import org.filiere.internal.Require;
import org.filiere.topology.TransportMode;

/**
 * Computes the contribution to avoided emissions of donated devices (reference §4):
 * <pre>
 * avoided  = S × (share × E_new − E_refurb)            for a REUSED device of a covered category
 * E_refurb = km × transport factor(mode) + Σ count × part factor + wipe hours × host W × grid factor
 * </pre>
 * with S the substitution rate and share given by the {@link ImpactMethod} (1 for per-device substitution).
 * Recycled and destroyed devices avoid nothing; their mass is counted as e-waste routed or destroyed.
 *
 * <p>Range: the low end takes every E_new at its low bound and every refurbishment term at its high bound
 * (each by its own {@link Uncertainty}); the high end the reverse. S and the share are not uncertain here (they
 * are stated assumptions), so {@code low ≤ value ≤ high} holds for every device and every sum. A device whose
 * burden exceeds its credit gets a negative value: it is reported, not hidden.
 *
 * <p>Immutable and thread-safe; one instance may serve many threads.
 *
 * <pre>{@code
 * ImpactCalculator calc = new ImpactCalculator(FactorSets.defaultSet(), 0.7, new ImpactMethod.Substitution());
 * ImpactReport report = calc.report(devices);
 * }</pre>
 */
public final class ImpactCalculator {
    /** The default substitution rate (reference §3: 0.7 default, printed on the sheet). */
    public static final double DEFAULT_SUBSTITUTION_RATE = 0.7;

    private final FactorSet set;
    private final double substitutionRate;
    private final ImpactMethod method;
    // Flattened per-ordinal lookups: the calculation runs over inventories of up to millions of devices.
    private final Factor[] factors;
    private final double[] share;
    private final double[] partKg;
    private final double[] partLowKg;
    private final double[] partHighKg;
    private final double[] transportKg;
    private final Uncertainty[] transportUnc;

    /**
     * @param set              the factor set
     * @param substitutionRate S in [0, 1]
     * @param method           how much of E_new is credited
     */
    public ImpactCalculator(FactorSet set, double substitutionRate, ImpactMethod method) {
        this.set = Require.nonNull(set, "set");
        Require.that(substitutionRate >= 0 && substitutionRate <= 1, "substitutionRate",
                "the substitution rate must be between 0 and 1");
        this.substitutionRate = substitutionRate;
        this.method = Require.nonNull(method, "method");
        DeviceCategory[] cats = DeviceCategory.values();
        factors = new Factor[cats.length];
        share = new double[cats.length];
        for (DeviceCategory c : cats) {
            Factor f = set.factors().get(c);
            factors[c.ordinal()] = f;
            share[c.ordinal()] = f == null ? 0 : method.avoidedShare(f);
        }
        PartKind[] kinds = PartKind.values();
        partKg = new double[kinds.length];
        partLowKg = new double[kinds.length];
        partHighKg = new double[kinds.length];
        for (PartKind k : kinds) {
            PartFactor p = set.part(k);
            partKg[k.ordinal()] = p.kgCO2ePerUnit();
            partLowKg[k.ordinal()] = p.uncertainty().low(p.kgCO2ePerUnit());
            partHighKg[k.ordinal()] = p.uncertainty().high(p.kgCO2ePerUnit());
        }
        TransportMode[] modes = TransportMode.values();
        transportKg = new double[modes.length];
        transportUnc = new Uncertainty[modes.length];
        for (TransportMode m : modes) {
            transportKg[m.ordinal()] = set.transport(m).kgCO2ePerDeviceKm();
            transportUnc[m.ordinal()] = set.transport(m).uncertainty();
        }
    }

    /** A calculator with the default S (0.7) and per-device substitution. */
    public static ImpactCalculator withDefaults(FactorSet set) {
        return new ImpactCalculator(set, DEFAULT_SUBSTITUTION_RATE, new ImpactMethod.Substitution());
    }

    /** The factor set used. */
    public FactorSet factorSet() {
        return set;
    }

    /** S. */
    public double substitutionRate() {
        return substitutionRate;
    }

    /** The method used. */
    public ImpactMethod method() {
        return method;
    }

    /** The impact of one device. */
    public DeviceImpact assess(DonatedDevice device) {
        Factor f = factors[device.category().ordinal()];
        if (f == null) {
            return new DeviceImpact(device, false, 0, 0, 0, 0, 0, 0);
        }
        if (device.outcome() != Outcome.REUSED) {
            return new DeviceImpact(device, true, f.embodiedKgCO2e(), f.massKg(), 0, 0, 0, 0);
        }
        TransportMode mode = device.transportMode() == null ? set.defaultTransportMode() : device.transportMode();
        double transport = device.transportKm() * transportKg[mode.ordinal()];
        Uncertainty tu = transportUnc[mode.ordinal()];
        double parts = 0;
        double partsLow = 0;
        double partsHigh = 0;
        for (PartAdded p : device.partsAdded()) {
            int k = p.kind().ordinal();
            parts += p.count() * partKg[k];
            partsLow += p.count() * partLowKg[k];
            partsHigh += p.count() * partHighKg[k];
        }
        ErasureEnergy e = set.erasure();
        double wipe = device.erasureHours() == null ? e.defaultKgCO2e() : e.kgCO2e(device.erasureHours());
        Uncertainty wu = e.uncertainty();
        double refurb = transport + parts + wipe;
        double refurbLow = tu.low(transport) + partsLow + wu.low(wipe);
        double refurbHigh = tu.high(transport) + partsHigh + wu.high(wipe);
        double s = share[device.category().ordinal()];
        double eNew = f.embodiedKgCO2e();
        Uncertainty u = f.uncertainty();
        double avoided = substitutionRate * (s * eNew - refurb);
        double low = substitutionRate * (s * u.low(eNew) - refurbHigh);
        double high = substitutionRate * (s * u.high(eNew) - refurbLow);
        return new DeviceImpact(device, true, eNew, f.massKg(), refurb, avoided, low, high);
    }

    /** The impact of an inventory, with totals and every grouping. */
    public ImpactReport report(Iterable<DonatedDevice> devices) {
        Require.nonNull(devices, "devices");
        ImpactTotals.Accumulator total = new ImpactTotals.Accumulator();
        Map<DeviceCategory, ImpactTotals.Accumulator> byCategory = new EnumMap<>(DeviceCategory.class);
        // Hash maps while accumulating (one lookup per device and grouping), sorted once when frozen.
        Map<String, ImpactTotals.Accumulator> byDonor = new HashMap<>();
        Map<String, ImpactTotals.Accumulator> byAgreement = new HashMap<>();
        Map<String, ImpactTotals.Accumulator> bySite = new HashMap<>();
        Map<YearMonth, ImpactTotals.Accumulator> byMonth = new HashMap<>();
        Map<Year, ImpactTotals.Accumulator> byYear = new HashMap<>();
        EnumSet<DeviceCategory> uncovered = EnumSet.noneOf(DeviceCategory.class);
        for (DonatedDevice d : devices) {
            DeviceImpact impact = assess(Require.nonNull(d, "devices[]"));
            total.add(impact);
            byCategory.computeIfAbsent(d.category(), k -> new ImpactTotals.Accumulator()).add(impact);
            if (!impact.covered()) {
                uncovered.add(d.category());
            }
            addTo(byDonor, d.donorId(), impact);
            addTo(byAgreement, d.agreementId(), impact);
            addTo(bySite, d.siteId(), impact);
            if (d.date() != null) {
                YearMonth month = YearMonth.of(d.date().getYear(), d.date().getMonth());
                addTo(byMonth, month, impact);
                addTo(byYear, Year.of(month.getYear()), impact);
            }
        }
        return new ImpactReport(set.id(), set.version(), substitutionRate, method, total.freeze(),
                freeze(byCategory, () -> new EnumMap<>(DeviceCategory.class)), freeze(byDonor, TreeMap::new),
                freeze(byAgreement, TreeMap::new), freeze(bySite, TreeMap::new), freeze(byMonth, TreeMap::new),
                freeze(byYear, TreeMap::new), Collections.unmodifiableSet(uncovered));
    }

    /** Sums of {@code devices} grouped by any key (null keys are left out). */
    public <K> Map<K, ImpactTotals> groupBy(Iterable<DonatedDevice> devices, Function<DonatedDevice, K> key) {
        Map<K, ImpactTotals.Accumulator> acc = new LinkedHashMap<>();
        for (DonatedDevice d : devices) {
            addTo(acc, key.apply(d), assess(d));
        }
        return freeze(acc, LinkedHashMap::new);
    }

    private static <K> void addTo(Map<K, ImpactTotals.Accumulator> map, K key, DeviceImpact impact) {
        if (key != null) {
            map.computeIfAbsent(key, k -> new ImpactTotals.Accumulator()).add(impact);
        }
    }

    private static <K> Map<K, ImpactTotals> freeze(Map<K, ImpactTotals.Accumulator> acc,
                                                   java.util.function.Supplier<Map<K, ImpactTotals>> factory) {
        Map<K, ImpactTotals> out = factory.get();
        acc.forEach((k, v) -> out.put(k, v.freeze()));
        return Collections.unmodifiableMap(out);
    }
}
