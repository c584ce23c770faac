package org.filiere.wipe.station;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.filiere.internal.Require;

/**
 * The wipe station the runner drives: its docks, when the hub is open for handling, how many operators can
 * handle disks at the same instant and how long loading one disk takes. Immutable and thread-safe.
 *
 * <pre>{@code
 * Station hub = new Station(List.of(Dock.of("usb8", 8, 400, false), Dock.of("sata1", 1, 550, true)),
 *         openingHours, 1, Duration.ofMinutes(2));
 * }</pre>
 *
 * @param docks        the docks (ids unique)
 * @param openingHours when disks can be loaded
 * @param operators    how many handlings can happen at the same instant (at least 1)
 * @param handling     time to load (or swap) one disk, during which the hub must be open
 */
public record Station(List<Dock> docks, OpeningHours openingHours, int operators, Duration handling) {
    public Station {
        docks = Require.copy(docks, "station.docks");
        Require.that(!docks.isEmpty(), "station.docks", "a station has at least one dock");
        Set<String> ids = new HashSet<>();
        for (Dock d : docks) {
            Require.that(ids.add(d.id()), "station.docks", "duplicate dock id " + d.id());
        }
        Require.nonNull(openingHours, "station.openingHours");
        Require.that(operators >= 1, "station.operators", "at least one operator");
        Require.nonNull(handling, "station.handling");
        Require.that(!handling.isNegative(), "station.handling", "handling time must not be negative");
    }

    /**
     * A station for wiping devices that are already connected: one dock of {@code bays} bays that names no
     * device paths (each task names its own), always open, no handling time, one operator per bay.
     */
    public static Station attached(int bays, double busMBps) {
        return new Station(List.of(Dock.of("local", bays, busMBps, true)), OpeningHours.always(), bays,
                Duration.ZERO);
    }

    /** Every bay, dock by dock, bay numbers ascending. */
    public List<Bay> bays() {
        List<Bay> out = new ArrayList<>();
        for (Dock d : docks) {
            for (int i = 1; i <= d.bays(); i++) {
                out.add(new Bay(d.id(), i));
            }
        }
        return out;
    }

    /** The dock with {@code id}. */
    public Dock dock(String id) {
        return docks.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new org.filiere.FiliereException("unknown dock").with("dock", id));
    }

    /** The block device behind {@code bay} when its dock names device paths. */
    public Optional<Path> devicePath(Bay bay) {
        Dock d = dock(bay.dockId());
        return d.devicePrefix() == null ? Optional.empty() : Optional.of(Path.of(d.devicePrefix() + bay.number()));
    }
}
