package org.filiere.wipe.station;

import java.time.Instant;
import java.util.List;
import org.filiere.internal.Require;

/**
 * Decides what to load next: the runner asks it at every event (a wipe ended, a bay was freed, an operator
 * became free, the hub opened) with the station's state as it really is, so a plan is revised whenever
 * reality diverges from it (a slower disk, a failure, a bay freed early). Implementations: {@link
 * GreedyDispatcher}, or an adapter over the wipe planner. Called from the runner's thread only.
 * Implementations need not be thread-safe: the runner calls them from one thread.
 */
@FunctionalInterface
public interface Dispatcher {

    /** Which tasks to load now into which free bays, and when to ask again if nothing else happens. */
    Decision next(View view);

    /**
     * What the station looks like now.
     *
     * @param now       the current instant (virtual in simulations)
     * @param station   the station
     * @param freeBays  bays that hold no task
     * @param pending   tasks waiting for a bay, in input order
     * @param running   tasks in a bay
     * @param operators how many disks can be loaded right now (free operators, hub open)
     */
    record View(Instant now, Station station, List<Bay> freeBays, List<StationTask> pending,
                List<Running> running, int operators) {
        public View {
            freeBays = List.copyOf(freeBays);
            pending = List.copyOf(pending);
            running = List.copyOf(running);
        }
    }

    /**
     * A task in a bay.
     *
     * @param task         the task
     * @param bay          its bay
     * @param ioStart      when its work started (or will, after handling)
     * @param fraction     completion reported by the engine so far (0 when unknown)
     * @param expectedEnd  when it should end, re-estimated from its progress
     */
    record Running(StationTask task, Bay bay, Instant ioStart, double fraction, Instant expectedEnd) {
    }

    /**
     * Load {@code task} into {@code bay} now.
     *
     * @param task the task
     * @param bay  a free bay whose dock can run it
     */
    record Load(StationTask task, Bay bay) {
        public Load {
            Require.nonNull(task, "load.task");
            Require.nonNull(bay, "load.bay");
        }
    }

    /**
     * The dispatcher's answer.
     *
     * @param loads     loads to start now (at most {@code view.operators()} are honoured)
     * @param recheckAt when to ask again if no event comes first, or null
     */
    record Decision(List<Load> loads, Instant recheckAt) {
        public Decision {
            loads = List.copyOf(loads);
        }

        /** Nothing now. */
        public static Decision none() {
            return new Decision(List.of(), null);
        }
    }
}
