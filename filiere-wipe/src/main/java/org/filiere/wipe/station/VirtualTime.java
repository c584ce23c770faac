package org.filiere.wipe.station;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.filiere.FiliereException;
import org.filiere.internal.Require;
import org.filiere.wipe.process.Cancellation;

/**
 * A virtual clock for simulations: time stands still while any enlisted participant works, and jumps to the
 * earliest deadline as soon as all of them wait. A month of a hub's work thus runs in as long as the
 * computation takes, with the same runner and threads as a real station. Thread-safe.
 *
 * <pre>{@code
 * VirtualTime time = new VirtualTime(Instant.parse("2026-06-16T07:00:00Z"));
 * StationRunner runner = new StationRunner(station, new SimulatedEngine(time, ...), ledger, time, dispatcher);
 * StationReport report = runner.run(tasks, StationListener.NONE);   // seconds of CPU, days of virtual time
 * }</pre>
 *
 * <p>If every participant waits with no deadline and no event is queued, nothing could ever happen: the
 * clock throws {@link FiliereException} rather than hang.
 */
public final class VirtualTime implements StationTime {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Waiter> waiters = new ArrayList<>();
    private final List<Box<?>> boxes = new ArrayList<>();
    private Instant now;
    private int active;
    private final Clock clock = new View(ZoneOffset.UTC);

    /** A reading of this virtual time in a zone. */
    private final class View extends Clock {
        private final ZoneId zone;

        View(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new View(z);
        }

        @Override
        public Instant instant() {
            return VirtualTime.this.current();
        }
    }

    /** A virtual clock starting at {@code start} with no participant. */
    public VirtualTime(Instant start) {
        this.now = Require.nonNull(start, "start");
    }

    private Instant current() {
        lock.lock();
        try {
            return now;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void enlist() {
        lock.lock();
        try {
            active++;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void retire() {
        lock.lock();
        try {
            active--;
            advanceIfIdle();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void sleepUntil(Instant t, Cancellation cancellation) throws InterruptedException {
        lock.lock();
        try {
            if (!t.isAfter(now) || (cancellation != null && cancellation.isCancelled())) {
                return;
            }
            await(new Waiter(t, null));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <E> Mailbox<E> mailbox() {
        lock.lock();
        try {
            Box<E> b = new Box<>();
            boxes.add(b);
            return b;
        } finally {
            lock.unlock();
        }
    }

    /** Waits (lock held) until the waiter is made ready by a time jump or an event. */
    private void await(Waiter w) throws InterruptedException {
        waiters.add(w);
        active--;
        advanceIfIdle();
        try {
            while (!w.ready) {
                w.wakeUp.await();
            }
        } catch (InterruptedException e) {
            if (!w.ready) {
                waiters.remove(w);
                active++;
            }
            throw e;
        }
    }

    /** Lock held. When nobody works and no event waits to be taken, jumps to the earliest deadline. */
    private void advanceIfIdle() {
        if (active > 0) {
            return;
        }
        for (Box<?> b : boxes) {
            if (!b.items.isEmpty() && b.waiter != null) {
                wake(b.waiter);
                return;
            }
        }
        Instant next = null;
        for (Waiter w : waiters) {
            if (w.deadline != null && (next == null || w.deadline.isBefore(next))) {
                next = w.deadline;
            }
        }
        if (next == null) {
            if (!waiters.isEmpty()) {
                throw new FiliereException("virtual time deadlock: every participant waits for an event that"
                        + " nobody will post").with("now", now);
            }
            return;
        }
        if (next.isAfter(now)) {
            now = next;
        }
        for (Waiter w : new ArrayList<>(waiters)) {
            if (w.deadline != null && !w.deadline.isAfter(now)) {
                wake(w);
            }
        }
    }

    private void wake(Waiter w) {
        if (!w.ready) {
            w.ready = true;
            waiters.remove(w);
            active++;
            w.wakeUp.signal();
        }
    }

    private final class Waiter {
        final Instant deadline;
        final Box<?> box;
        // one condition per waiter: a time jump wakes only the participants whose deadline came
        final Condition wakeUp = lock.newCondition();
        boolean ready;

        Waiter(Instant deadline, Box<?> box) {
            this.deadline = deadline;
            this.box = box;
        }
    }

    private final class Box<E> implements Mailbox<E> {
        final ArrayDeque<E> items = new ArrayDeque<>();
        Waiter waiter;

        @Override
        public void put(E event) {
            lock.lock();
            try {
                items.add(event);
                if (waiter != null) {
                    wake(waiter);
                }
            } finally {
                lock.unlock();
            }
        }

        @Override
        public E take(Instant deadline) throws InterruptedException {
            lock.lock();
            try {
                if (items.isEmpty() && (deadline == null || deadline.isAfter(now))) {
                    Waiter w = new Waiter(deadline, this);
                    waiter = w;
                    try {
                        await(w);
                    } finally {
                        waiter = null;
                    }
                }
                return items.poll();
            } finally {
                lock.unlock();
            }
        }
    }
}
