package org.filiere.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.sanitization.Level;
import org.filiere.wipe.engine.OverwriteOptions;
import org.filiere.wipe.engine.Progress;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeTarget;
import org.filiere.wipe.station.Bay;
import org.filiere.wipe.station.StationTask;
import org.filiere.wipe.station.Workload;
import org.junit.jupiter.api.Test;

class WipeProgressViewTest {
    private static final Instant T0 = Instant.parse("2026-06-16T07:00:00Z");

    private static final class MovingClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static StationTask task() {
        StorageMedium m = StorageMedium.of(MediaType.ATA_HDD, "WD-1", 100_000_000_000L);
        return new StationTask("WD-1", WipeJob.overwrite(WipeTarget.withoutSerialCheck(Path.of("/dev/sdb"), m),
                OverwriteOptions.zeroVerified()), Level.CLEAR, Workload.overwrite(m.capacityBytes(), 100, 3), null,
                new Bay("local", 1));
    }

    @Test
    void notATerminalPrintsAPlainLinePerDriveEveryTenPercent() {
        StringWriter s = new StringWriter();
        MovingClock clock = new MovingClock();
        WipeProgressView v = new WipeProgressView(new PrintWriter(s), false, Lang.EN, clock);
        StationTask t = task();
        v.onLoad(t, t.pinned(), 1);
        for (int i = 1; i <= 40; i++) {
            clock.now = T0.plusSeconds(75L * i);
            v.onProgress(t, t.pinned(), new Progress(Path.of("/dev/sdb"), "pass 1/3", i / 40.0));
        }
        String out = s.toString();
        assertThat(out).doesNotContain("\u001b[");
        // the first report, then one at each 10 % step up to 100 %
        assertThat(out.lines().filter(l -> l.startsWith("/dev/sdb"))).hasSize(11);
        // 300 GB transferred in 3000 s: 100 MB/s; at 50 % the ETA is 1500 s
        assertThat(out).contains("  50.0 %").contains("100.0 MB/s").contains("ETA 0:25:00");
    }

    @Test
    void aTerminalRedrawsTheBarsInPlace() {
        StringWriter s = new StringWriter();
        MovingClock clock = new MovingClock();
        WipeProgressView v = new WipeProgressView(new PrintWriter(s), true, Lang.FR, clock);
        StationTask t = task();
        v.onLoad(t, t.pinned(), 1);
        clock.now = T0.plusSeconds(600);
        v.onProgress(t, t.pinned(), new Progress(Path.of("/dev/sdb"), "pass 1/3", 0.25));
        assertThat(s.toString()).contains("\u001b[1F\u001b[J").contains("[######------------------]  25.0 %");
    }
}
