package org.filiere.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.filiere.wipe.schedule.Dock;
import org.filiere.wipe.schedule.OpeningHours;
import org.filiere.wipe.schedule.Station;
import org.filiere.wipe.schedule.Task;
import org.filiere.wipe.schedule.Workload;

/**
 * The seeded family of realistic wipe-station instances of issue 7: one 8-bay USB 3.0 dock at 400 MB/s, one
 * single SATA bay at 550 MB/s with ATA pass-through, one operator, 2-minute handlings, open Tuesday to Saturday
 * 9:00-17:00 (Europe/Paris), start Tuesday 9:00. Disks: 35 % 2.5" HDDs (250-1000 GB, 60-110 MB/s), 35 % 3.5"
 * HDDs (500-2000 GB, 100-160 MB/s), 15 % SATA SSDs overwritten (120-512 GB, 400-520 MB/s), 15 % SSDs erased by
 * ATA security erase (2-10 min, pass-through). HDD overwrites are nwipe zero + verify (2 passes) or zero +
 * blank + verify (3 passes). Speeds follow {@code peers-and-law.md} §4.
 */
public final class WipeInstances {
    private WipeInstances() {
    }

    /** The station of the family. */
    public static Station station() {
        return new Station(new OpeningHours(ZoneId.of("Europe/Paris"), List.of(new OpeningHours.Window(
                EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                1, 120, List.of(new Dock("usb8", 8, 400, false), new Dock("sata1", 1, 550, true)));
    }

    /** {@code n} disks drawn with {@code seed}. */
    public static Workload workload(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Task> tasks = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            int kind = r.nextInt(100);
            int passes = r.nextBoolean() ? 2 : 3;
            if (kind < 35) {
                tasks.add(new Task.Overwrite("hdd25-" + j, gb(r, 250, 1000), 60 + r.nextInt(51), passes, null));
            } else if (kind < 70) {
                tasks.add(new Task.Overwrite("hdd35-" + j, gb(r, 500, 2000), 100 + r.nextInt(61), passes, null));
            } else if (kind < 85) {
                tasks.add(new Task.Overwrite("ssd-" + j, gb(r, 120, 512), 400 + r.nextInt(121), 2, null));
            } else {
                tasks.add(new Task.Firmware("se-" + j, 120 + r.nextInt(481), true, null));
            }
        }
        return new Workload(OffsetDateTime.parse("2026-06-02T09:00:00+02:00").toInstant(), tasks);
    }

    private static long gb(SplittableRandom r, int lo, int hi) {
        return (lo + r.nextInt(hi - lo + 1)) * 1_000_000_000L;
    }
}
