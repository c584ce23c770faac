package org.filiere.wipe.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Seeded random stations and workloads for property tests: every seed gives the same instance. */
final class RandomInstances {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"),
            ZoneId.of("UTC"), ZoneId.of("Australia/Sydney"));
    /** Near daylight-saving changes on purpose, and some ordinary dates. */
    private static final List<String> STARTS = List.of("2026-03-27T08:00:00", "2026-10-23T10:30:00",
            "2026-03-06T16:45:00", "2026-11-01T07:00:00", "2026-06-02T09:00:00", "2026-04-02T12:00:00");

    record Instance(Station station, Workload workload) {
    }

    private RandomInstances() {
    }

    static Instance random(long seed, int maxTasks) {
        SplittableRandom r = new SplittableRandom(seed);
        ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
        long h = List.of(30L, 60L, 120L, 300L, 900L).get(r.nextInt(5));
        List<OpeningHours.Window> windows = new ArrayList<>();
        int nw = 1 + r.nextInt(3);
        for (int i = 0; i < nw; i++) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                if (r.nextInt(10) < 6) {
                    days.add(d);
                }
            }
            if (days.isEmpty()) {
                days.add(DayOfWeek.of(1 + r.nextInt(7)));
            }
            int from = r.nextInt(20 * 60);
            int len = (int) Math.max(h / 60 + 1, 30 + r.nextInt(10 * 60));
            int to = Math.min(from + len, 23 * 60 + 59);
            windows.add(new OpeningHours.Window(days, LocalTime.of(from / 60, from % 60), LocalTime.of(to / 60, to % 60)));
        }
        List<Dock> docks = new ArrayList<>();
        int nd = 1 + r.nextInt(3);
        boolean anyPt = false;
        for (int k = 0; k < nd; k++) {
            boolean pt = r.nextInt(3) == 0;
            anyPt |= pt;
            int bays = r.nextBoolean() ? 1 : 1 + r.nextInt(8);
            docks.add(new Dock("d" + k, bays, 30 + r.nextInt(1000), pt));
        }
        Station st = new Station(new OpeningHours(zone, windows), 1 + r.nextInt(3), h, docks);
        Instant start = ZonedDateTime.of(java.time.LocalDateTime.parse(STARTS.get(r.nextInt(STARTS.size()))), zone)
                .toInstant();
        int n = 1 + r.nextInt(maxTasks);
        List<Task> tasks = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            Instant due = r.nextInt(4) == 0 ? start.plusSeconds(3600L * (1 + r.nextInt(24 * 10))) : null;
            if (r.nextInt(4) == 0) {
                tasks.add(new Task.Firmware("t" + j, r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(3 * 3600),
                        anyPt && r.nextBoolean(), due));
            } else {
                long cap = (long) (1e9 * (1 + r.nextInt(2000)));
                tasks.add(new Task.Overwrite("t" + j, cap, 5 + r.nextInt(600), 1 + r.nextInt(4), due));
            }
        }
        return new Instance(st, new Workload(start, tasks));
    }
}
