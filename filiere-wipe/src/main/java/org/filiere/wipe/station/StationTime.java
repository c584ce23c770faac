package org.filiere.wipe.station;

import java.time.Clock;
import java.time.Instant;
import org.filiere.wipe.process.Cancellation;

/**
 * The time the runner and its engines live in: the wall clock ({@link #real()}), or a virtual clock
 * ({@link VirtualTime}) on which a month of a hub's work runs in seconds because time jumps to the next event
 * as soon as every participant waits. The runner and the engines only wait through this interface, so the
 * same runner drives real and simulated stations.
 *
 * <p>Participants: the thread calling the runner and each worker thread are <em>enlisted</em> while they work;
 * a virtual clock advances only when every enlisted participant is waiting. Thread-safe.
 */
public interface StationTime {

    /** A clock reading this time (give it to engines' {@code WipeContext}). */
    Clock clock();

    /** Now. */
    default Instant now() {
        return clock().instant();
    }

    /** Blocks until {@code t} (or until {@code cancellation} is cancelled, when not null). */
    void sleepUntil(Instant t, Cancellation cancellation) throws InterruptedException;

    /** A queue the runner waits on for events posted by workers. */
    <E> Mailbox<E> mailbox();

    /** Counts the calling (or about to be started) participant as working. */
    void enlist();

    /** The participant stopped working for good. */
    void retire();

    /** The system clock in real time. */
    static StationTime real() {
        return new RealTime(Clock.systemUTC());
    }

    /** Events from workers to the runner. */
    interface Mailbox<E> {
        /** Posts an event (never blocks). */
        void put(E event);

        /** The next event, waiting until {@code deadline} at most (forever when null); null on deadline. */
        E take(Instant deadline) throws InterruptedException;
    }
}
