package org.filiere.carbon;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.filiere.device.DeviceCategory;
import org.filiere.topology.TransportMode;

/**
 * The numbers of the shipped {@code ademe-impactco2-2024} set, rebuilt in Java so that core tests stay pure
 * (the JSON file is checked against the same hand computations in filiere-reporting).
 */
final class TestFactorSets {
    static final String SRC = "https://github.com/incubateur-ademe/impactco2";

    private TestFactorSets() {
    }

    static FactorSet ademe2024() {
        Map<DeviceCategory, Factor> f = new EnumMap<>(DeviceCategory.class);
        f.put(DeviceCategory.LAPTOP, factor(DeviceCategory.LAPTOP, 182.6, 1.6, 5, Uncertainty.MEDIUM));
        f.put(DeviceCategory.DESKTOP, factor(DeviceCategory.DESKTOP, 204.4, 5.3, 6, Uncertainty.MEDIUM));
        f.put(DeviceCategory.SCREEN, factor(DeviceCategory.SCREEN, 65.9, 5.7, 6, Uncertainty.HIGH));
        f.put(DeviceCategory.SMARTPHONE, factor(DeviceCategory.SMARTPHONE, 85.1, 0.2, 2.5, Uncertainty.MEDIUM));
        f.put(DeviceCategory.TABLET, factor(DeviceCategory.TABLET, 59.7, 0.7, 3, Uncertainty.MEDIUM));
        Map<PartKind, PartFactor> p = new EnumMap<>(PartKind.class);
        p.put(PartKind.HDD, part(PartKind.HDD, 31.11, Uncertainty.MEDIUM));
        p.put(PartKind.SSD, part(PartKind.SSD, 15.14, Uncertainty.HIGH));
        p.put(PartKind.RAM, part(PartKind.RAM, 9.62, Uncertainty.HIGH));
        p.put(PartKind.BATTERY, part(PartKind.BATTERY, 10.0, Uncertainty.HIGH));
        p.put(PartKind.SCREEN, part(PartKind.SCREEN, 22.4, Uncertainty.HIGH));
        p.put(PartKind.PSU, part(PartKind.PSU, 24.3, Uncertainty.HIGH));
        Map<TransportMode, TransportFactor> t = new EnumMap<>(TransportMode.class);
        t.put(TransportMode.VAN, transport(TransportMode.VAN, 0.02));
        t.put(TransportMode.CAR, transport(TransportMode.CAR, 0.04));
        t.put(TransportMode.TRUCK, transport(TransportMode.TRUCK, 0.005));
        t.put(TransportMode.CARGO_BIKE, transport(TransportMode.CARGO_BIKE, 0));
        t.put(TransportMode.ON_FOOT, transport(TransportMode.ON_FOOT, 0));
        t.put(TransportMode.POSTAL, transport(TransportMode.POSTAL, 0.005));
        ErasureEnergy e = new ErasureEnergy(1.2, 45, 0.06, SRC, 2022, Uncertainty.HIGH, true, "test");
        return new FactorSet("ademe-impactco2-2024", "2024.1", 2024, "test copy", List.of(SRC), f, p, t,
                TransportMode.VAN, e);
    }

    private static Factor factor(DeviceCategory c, double e, double mass, double life, Uncertainty u) {
        return new Factor(c, e, mass, life, OptionalDouble.empty(), SRC, 2024, u, "");
    }

    private static PartFactor part(PartKind k, double kg, Uncertainty u) {
        return new PartFactor(k, kg, SRC, 2021, u, true, "test");
    }

    private static TransportFactor transport(TransportMode m, double kg) {
        return new TransportFactor(m, kg, SRC, 2024, Uncertainty.HIGH, true, "test");
    }
}
