package org.filiere.wipe.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.filiere.FiliereException;
import org.junit.jupiter.api.Test;

class VirtualTimeTest {
    private static final Instant T0 = Instant.parse("2026-06-16T07:00:00Z");

    @Test
    void timeJumpsToTheEarliestDeadlineOnlyWhenEveryParticipantWaits() throws Exception {
        VirtualTime time = new VirtualTime(T0);
        StationTime.Mailbox<String> box = time.mailbox();
        time.enlist();                       // the main thread
        time.enlist();                       // a worker, counted before it starts
        AtomicReference<Instant> wokeAt = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                time.sleepUntil(T0.plusSeconds(3600), null);
                wokeAt.set(time.now());
                box.put("done");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                time.retire();
            }
        });
        worker.start();
        Thread.sleep(50);
        assertThat(time.now()).isEqualTo(T0);             // the main thread works: time stands still
        assertThat(box.take(T0.plusSeconds(7200))).isEqualTo("done");
        assertThat(wokeAt.get()).isEqualTo(T0.plusSeconds(3600));
        assertThat(time.now()).isEqualTo(T0.plusSeconds(3600));   // not the main thread's later deadline
        assertThat(box.take(T0.plusSeconds(7200))).isNull();      // nothing else: the deadline comes
        assertThat(time.now()).isEqualTo(T0.plusSeconds(7200));
        time.retire();
        worker.join();
    }

    @Test
    void everyoneWaitingForeverIsADeadlockNotAHang() {
        VirtualTime time = new VirtualTime(T0);
        StationTime.Mailbox<String> box = time.mailbox();
        time.enlist();
        assertThatThrownBy(() -> box.take(null)).isInstanceOf(FiliereException.class).hasMessageContaining("deadlock");
    }

    @Test
    void itsClockReadsTheVirtualInstantInAnyZone() throws Exception {
        VirtualTime time = new VirtualTime(T0);
        time.enlist();
        time.sleepUntil(T0.plusSeconds(60), null);
        assertThat(time.clock().withZone(ZoneId.of("Europe/Paris")).instant()).isEqualTo(T0.plusSeconds(60));
        assertThat(time.clock().withZone(ZoneId.of("Europe/Paris")).getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }
}
