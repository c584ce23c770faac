package org.filiere.wipe.station;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.filiere.internal.Require;
import org.filiere.wipe.process.Cancellation;

/** {@link StationTime} on a real clock: waits are real waits. Thread-safe. */
final class RealTime implements StationTime {
    private final Clock clock;

    RealTime(Clock clock) {
        this.clock = Require.nonNull(clock, "clock");
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void sleepUntil(Instant t, Cancellation cancellation) throws InterruptedException {
        Object signal = new Object();
        AutoCloseable handle = cancellation == null ? null : cancellation.onCancel(() -> {
            synchronized (signal) {
                signal.notifyAll();
            }
        });
        try {
            synchronized (signal) {
                while (true) {
                    if (cancellation != null && cancellation.isCancelled()) {
                        return;
                    }
                    long ms = Duration.between(clock.instant(), t).toMillis();
                    if (ms <= 0) {
                        return;
                    }
                    signal.wait(ms);
                }
            }
        } finally {
            if (handle != null) {
                try {
                    handle.close();
                } catch (Exception ignored) {
                    // unregistering a callback cannot fail in a way that matters here
                }
            }
        }
    }

    @Override
    public <E> Mailbox<E> mailbox() {
        LinkedBlockingQueue<E> q = new LinkedBlockingQueue<>();
        return new Mailbox<>() {
            @Override
            public void put(E event) {
                q.add(event);
            }

            @Override
            public E take(Instant deadline) throws InterruptedException {
                if (deadline == null) {
                    return q.take();
                }
                long ms = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
                return q.poll(ms, TimeUnit.MILLISECONDS);
            }
        };
    }

    @Override
    public void enlist() {
        // real time flows whoever works
    }

    @Override
    public void retire() {
        // idem
    }
}
