package org.filiere.wipe.station;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.ledger.InMemoryLedger;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.Technique;
import org.filiere.wipe.engine.OverwriteOptions;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeTarget;

/** A simulated hub for tests: the demo's 8-bay USB dock and single SATA bay, Tue–Sat 9–17, virtual time. */
final class SimStation {
    static final Instant TUESDAY_9H = Instant.parse("2026-06-16T07:00:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    final VirtualTime time;
    final Station station;
    final InMemoryLedger ledger = new InMemoryLedger();
    final Map<String, SimulatedDrive> behaviour = new HashMap<>();
    final SimulatedEngine engine;

    SimStation(Instant start, OpeningHours hours, int operators, Duration handling) {
        time = new VirtualTime(start);
        station = new Station(List.of(new Dock("usb8", 8, 400, false, "/dev/sim/usb8/"),
                new Dock("sata1", 1, 550, true, "/dev/sim/sata1/")), hours, operators, handling);
        engine = new SimulatedEngine(time, new WipeContext(time.clock(), "test", "miraille"), station,
                m -> behaviour.getOrDefault(m.serialNumber(), SimulatedEngine.typical(m)));
    }

    static SimStation hub() {
        return new SimStation(TUESDAY_9H, OpeningHours.of(PARIS, new OpeningHours.Window(
                EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))),
                1, Duration.ofMinutes(2));
    }

    static SimStation alwaysOpen() {
        return new SimStation(TUESDAY_9H, OpeningHours.always(), 8, Duration.ZERO);
    }

    StationRunner runner() {
        return new StationRunner(station, engine, ledger, time, new GreedyDispatcher());
    }

    static StationTask hdd(String serial, long gb) {
        StorageMedium m = StorageMedium.of(MediaType.ATA_HDD, serial, gb * 1_000_000_000L);
        OverwriteOptions o = OverwriteOptions.zeroVerified();
        return new StationTask(serial, WipeJob.overwrite(WipeTarget.withoutSerialCheck(Path.of("/dev/null"), m), o),
                Level.CLEAR, Workload.overwrite(m.capacityBytes(), 120, SimulatedEngine.passes(o)), null, null);
    }

    static StationTask ssdFirmware(String serial) {
        StorageMedium m = new StorageMedium(MediaType.ATA_SSD, serial, null, 256_000_000_000L, null,
                Set.of(Technique.ATA_SANITIZE_BLOCK_ERASE), null, null);
        return new StationTask(serial, WipeJob.firmware(WipeTarget.withoutSerialCheck(Path.of("/dev/null"), m),
                Technique.ATA_SANITIZE_BLOCK_ERASE), Level.PURGE, Workload.firmware(120, true), null, null);
    }
}
