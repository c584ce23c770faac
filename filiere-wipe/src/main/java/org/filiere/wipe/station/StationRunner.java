package org.filiere.wipe.station;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.filiere.FiliereException;
import org.filiere.internal.Require;
import org.filiere.ledger.Ledger;
import org.filiere.ledger.LedgerEntry;
import org.filiere.ledger.LedgerState;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.wipe.engine.ProgressListener;
import org.filiere.wipe.engine.WipeEngine;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeRecords;
import org.filiere.wipe.engine.WipeTarget;
import org.filiere.wipe.process.Cancellation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wipe station: runs a batch of tasks on the station's bays, one engine run (one tool process) per medium
 * in parallel, asking the {@link Dispatcher} what to load at every event so that the plan follows reality.
 *
 * <p>Guarantees:
 * <ul>
 *   <li><b>Journal first.</b> A wipe's start ({@link LedgerEntry.WipeStarted}) is journalled before its engine
 *       runs, its record ({@link LedgerEntry.SanitizationRecorded}) as soon as the engine returns, a medium's
 *       marking for destruction before it is reported; {@link StationListener#onOutcome} is called only
 *       afterwards. If the journal cannot be written the run stops and throws.</li>
 *   <li><b>Crash recovery.</b> At start, wipes the journal shows started and never finished (a crash, a
 *       {@code kill -9}, a power cut) are journalled as interrupted; tasks whose medium already has a record
 *       proving the required level are not redone ({@link TaskOutcome.AlreadyErased}); the others run.</li>
 *   <li><b>Retry once.</b> A failed attempt (tool failure, errors counted, verification failed) is retried
 *       once in the same bay; a second failure, or a completed run that cannot prove the level (hidden areas,
 *       technique too weak), marks the medium for destruction with the reason.</li>
 *   <li><b>Cancellation.</b> {@link #cancel()} (Ctrl-C) ends the running tools, journals their interrupted
 *       records and loads nothing more.</li>
 * </ul>
 *
 * <p>Not thread-safe for {@link #run}: one runner runs one batch at a time; {@link #cancel()} is thread-safe
 * and may be called from any thread.
 *
 * <pre>{@code
 * StationRunner runner = new StationRunner(station, engine, journal, StationTime.real(), new GreedyDispatcher());
 * StationReport report = runner.run(tasks, listener);
 * }</pre>
 */
public final class StationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(StationRunner.class);
    /** Attempts per task when failures make a retry sensible. */
    public static final int MAX_ATTEMPTS = 2;

    private final Station station;
    private final WipeEngine engine;
    private final Ledger ledger;
    private final StationTime time;
    private final Dispatcher dispatcher;
    private final Cancellation cancellation = new Cancellation();
    /** The switches of the wipes running now, flipped at once by {@link #cancel()} from any thread. */
    private final Set<Cancellation> active = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param station    the station's docks, hours and operators
     * @param engine     runs every job (route by technique inside it when several tools are used)
     * @param ledger     the journal port: outcomes are appended here before anything is reported
     * @param time       real or virtual time
     * @param dispatcher decides what to load next
     */
    public StationRunner(Station station, WipeEngine engine, Ledger ledger, StationTime time, Dispatcher dispatcher) {
        this.station = Require.nonNull(station, "station");
        this.engine = Require.nonNull(engine, "engine");
        this.ledger = Require.nonNull(ledger, "ledger");
        this.time = Require.nonNull(time, "time");
        this.dispatcher = Require.nonNull(dispatcher, "dispatcher");
    }

    /** Stops the run: running tools are ended, their interrupted records journalled, nothing more is loaded. */
    public void cancel() {
        cancellation.cancel();
        active.forEach(Cancellation::cancel);
    }

    /**
     * Records, in the journal, every wipe that was started and never finished as interrupted. Called by
     * {@link #run}; exposed for applications that want to recover before planning.
     *
     * @return the wipes found unfinished
     */
    public List<LedgerEntry.WipeStarted> recover(StationListener listener) {
        LedgerState state = ledger.state();
        List<LedgerEntry.WipeStarted> found = new ArrayList<>(state.unfinishedWipes().values());
        for (LedgerEntry.WipeStarted w : found) {
            ledger.append(new LedgerEntry.WipeInterrupted(w.mediumSerial(),
                    "in progress when the station stopped; found at restart, to be redone", time.now()));
            LOG.warn("wipe of {} on {} was interrupted (found at restart)", w.mediumSerial(), w.devicePath());
            listener.onRecovered(w);
        }
        return found;
    }

    /** The record in {@code state} that proves {@code task}'s level, if any (the latest such). */
    public static Optional<SanitizationRecord> proven(LedgerState state, StationTask task) {
        SanitizationRecord found = null;
        for (SanitizationRecord r : state.records(task.mediumSerial())) {
            if (r.meets(task.required())) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Runs {@code tasks} to the end (or until {@link #cancel()}).
     *
     * @param tasks    the tasks, ids unique
     * @param listener told of loads, progress and outcomes
     * @return what happened
     * @throws FiliereException when the journal cannot be written, or on misuse
     */
    public StationReport run(List<StationTask> tasks, StationListener listener) {
        Require.nonNull(listener, "listener");
        List<StationTask> input = Require.copy(tasks, "tasks");
        Set<String> ids = new HashSet<>();
        for (StationTask t : input) {
            Require.that(ids.add(t.id()), "tasks", "duplicate task id " + t.id());
        }
        time.enlist();
        try {
            return new Run(input, listener).execute();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FiliereException("station run interrupted", e);
        } finally {
            time.retire();
        }
    }

    /** Posted by a worker when its engine returned (record journalled) or failed. */
    private record Done(Slot slot, SanitizationRecord record, RuntimeException failure) {
    }

    /** A task in a bay. */
    private static final class Slot {
        final StationTask task;
        final Bay bay;
        final int attempt;
        final Instant loadedAt;
        final Instant ioStart;
        final Cancellation cancel = new Cancellation();
        final List<SanitizationRecord> previous;
        volatile double fraction;

        Slot(StationTask task, Bay bay, int attempt, Instant loadedAt, Instant ioStart,
             List<SanitizationRecord> previous) {
            this.task = task;
            this.bay = bay;
            this.attempt = attempt;
            this.loadedAt = loadedAt;
            this.ioStart = ioStart;
            this.previous = previous;
        }
    }

    private final class Run {
        private final List<StationTask> input;
        private final StationListener listener;
        private final Map<String, TaskOutcome> outcomes = new HashMap<>();
        private final List<StationTask> pending = new ArrayList<>();
        private final Map<Bay, Slot> running = new LinkedHashMap<>();
        private final List<Execution> executions = new ArrayList<>();
        private final List<Instant> operatorBusyUntil = new ArrayList<>();
        private final StationTime.Mailbox<Done> mailbox = time.mailbox();
        private final ExecutorService workers;
        private final Instant startedAt = time.now();
        private Instant lastEnd = startedAt;

        Run(List<StationTask> input, StationListener listener) {
            this.input = input;
            this.listener = listener;
            AtomicInteger n = new AtomicInteger();
            this.workers = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "station-bay-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        StationReport execute() throws InterruptedException {
            try {
                recover(listener);
                LedgerState state = ledger.state();
                for (StationTask t : input) {
                    Optional<SanitizationRecord> done = proven(state, t);
                    if (done.isPresent()) {
                        finish(new TaskOutcome.AlreadyErased(t, done.get()));
                    } else if (station.docks().stream().noneMatch(d -> t.workload().fits(d))) {
                        finish(new TaskOutcome.NotRun(t, "no dock of the station can run it (it needs ATA"
                                + " pass-through)"));
                    } else if (t.pinned() != null && !station.bays().contains(t.pinned())) {
                        finish(new TaskOutcome.NotRun(t, "its bay " + t.pinned() + " is not in the station"));
                    } else {
                        pending.add(t);
                    }
                }
                loop();
            } finally {
                if (!running.isEmpty()) {
                    running.values().forEach(s -> s.cancel.cancel());
                }
                workers.shutdownNow();
            }
            List<TaskOutcome> ordered = new ArrayList<>();
            for (StationTask t : input) {
                ordered.add(outcomes.get(t.id()));
            }
            List<Execution> ex = new ArrayList<>(executions);
            ex.sort((a, b) -> a.loadedAt().compareTo(b.loadedAt()));
            return new StationReport(ordered, ex, startedAt, lastEnd);
        }

        private void loop() throws InterruptedException {
            while (!pending.isEmpty() || !running.isEmpty()) {
                if (cancellation.isCancelled()) {
                    running.values().forEach(s -> s.cancel.cancel());
                    for (StationTask t : pending) {
                        finish(new TaskOutcome.Interrupted(t, null));
                    }
                    pending.clear();
                    if (running.isEmpty()) {
                        break;
                    }
                    handle(mailbox.take(null));
                    continue;
                }
                Instant wake = dispatch();
                Done d = mailbox.take(wake);
                if (d != null) {
                    handle(d);
                }
            }
        }

        /** Asks the dispatcher, starts its loads; returns when to look again without an event (or null). */
        private Instant dispatch() {
            if (pending.isEmpty()) {
                return null;
            }
            Instant now = time.now();
            List<Bay> free = new ArrayList<>();
            for (Bay b : station.bays()) {
                if (!running.containsKey(b)) {
                    free.add(b);
                }
            }
            if (free.isEmpty()) {
                return null;
            }
            operatorBusyUntil.removeIf(t -> !t.isAfter(now));
            int operators = station.operators() - operatorBusyUntil.size();
            boolean open = station.openingHours().contains(now, station.handling());
            if (!open) {
                return station.openingHours().nextStart(now, station.handling());
            }
            if (operators <= 0) {
                return operatorBusyUntil.stream().min(Instant::compareTo).orElse(null);
            }
            Dispatcher.Decision decision = dispatcher.next(new Dispatcher.View(now, station, free,
                    List.copyOf(pending), runningView(now), operators));
            int started = 0;
            Set<Bay> taken = new TreeSet<>();
            for (Dispatcher.Load load : decision.loads()) {
                if (started >= operators) {
                    break;
                }
                StationTask t = load.task();
                Require.that(pending.contains(t), "load", "dispatcher loaded a task that is not pending: " + t.id());
                Require.that(free.contains(load.bay()) && taken.add(load.bay()), "load",
                        "dispatcher loaded a bay that is not free: " + load.bay());
                Require.that(t.workload().fits(station.dock(load.bay().dockId())), "load",
                        "dispatcher put " + t.id() + " in a dock that cannot run it");
                Require.that(t.pinned() == null || t.pinned().equals(load.bay()), "load",
                        "dispatcher moved pinned task " + t.id());
                pending.remove(t);
                Instant ioStart = now.plus(station.handling());
                if (!station.handling().isZero()) {
                    operatorBusyUntil.add(ioStart);
                }
                start(new Slot(t, load.bay(), 1, now, ioStart, List.of()));
                started++;
            }
            if (started == 0 && running.isEmpty() && decision.recheckAt() == null) {
                for (StationTask t : pending) {
                    finish(new TaskOutcome.NotRun(t, "the dispatcher loaded nothing on an idle station"));
                }
                pending.clear();
                return null;
            }
            Instant next = decision.recheckAt();
            if (!operatorBusyUntil.isEmpty() && !pending.isEmpty() && free.size() > started) {
                Instant op = operatorBusyUntil.stream().min(Instant::compareTo).get();
                next = next == null || op.isBefore(next) ? op : next;
            }
            return next;
        }

        private List<Dispatcher.Running> runningView(Instant now) {
            List<Dispatcher.Running> out = new ArrayList<>();
            Map<String, Integer> sharing = new HashMap<>();
            for (Slot s : running.values()) {
                if (s.task.workload().kind() == Workload.Kind.OVERWRITE) {
                    sharing.merge(s.bay.dockId(), 1, Integer::sum);
                }
            }
            for (Slot s : running.values()) {
                Instant expected;
                if (s.fraction > 0.01 && now.isAfter(s.ioStart)) {
                    long elapsed = Duration.between(s.ioStart, now).toMillis();
                    expected = s.ioStart.plusMillis((long) (elapsed / s.fraction));
                } else {
                    Dock d = station.dock(s.bay.dockId());
                    double share = d.busMBps() / Math.max(1, sharing.getOrDefault(d.id(), 1));
                    expected = s.ioStart.plus(s.task.workload().expected(share));
                }
                out.add(new Dispatcher.Running(s.task, s.bay, s.ioStart, s.fraction, expected));
            }
            return out;
        }

        private void start(Slot slot) {
            running.put(slot.bay, slot);
            active.add(slot.cancel);
            if (cancellation.isCancelled()) {
                slot.cancel.cancel();
            }
            listener.onLoad(slot.task, slot.bay, slot.attempt);
            WipeJob job = bind(slot.task.job(), slot.bay);
            time.enlist();
            try {
                workers.execute(() -> work(slot, job));
            } catch (RuntimeException e) {
                time.retire();
                throw e;
            }
        }

        private WipeJob bind(WipeJob job, Bay bay) {
            Optional<Path> path = station.devicePath(bay);
            if (path.isEmpty()) {
                return job;
            }
            WipeTarget t = job.target();
            return new WipeJob(new WipeTarget(path.get(), t.medium(), t.expectedSerial()), job.technique(),
                    job.overwrite());
        }

        /** On a worker thread. */
        private void work(Slot slot, WipeJob job) {
            SanitizationRecord record = null;
            RuntimeException failure = null;
            try {
                time.sleepUntil(slot.ioStart, slot.cancel);
                if (!slot.cancel.isCancelled()) {
                    ledger.append(new LedgerEntry.WipeStarted(slot.task.mediumSerial(),
                            job.target().device().toString(), job.technique(), engine.name(), time.now()));
                    ProgressListener progress = p -> {
                        if (p.fraction() != null) {
                            slot.fraction = p.fraction();
                        }
                        listener.onProgress(slot.task, slot.bay, p);
                    };
                    Instant begun = time.now();
                    try {
                        record = engine.run(job, progress, slot.cancel);
                    } catch (RuntimeException e) {
                        LOG.error("engine {} failed on {}", engine.name(), job.target().device(), e);
                        record = WipeRecords.failed(new org.filiere.wipe.engine.WipeContext(time.clock(),
                                        "station", "station"), job,
                                new org.filiere.sanitization.ToolInfo(engine.name(), "unknown"), begun,
                                "the engine could not run: " + e.getMessage(), null);
                    }
                    ledger.append(new LedgerEntry.SanitizationRecorded(record));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new FiliereException("worker interrupted", e);
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                mailbox.put(new Done(slot, record, failure));
                time.retire();
            }
        }

        private void handle(Done d) {
            Slot s = d.slot;
            running.remove(s.bay);
            active.remove(s.cancel);
            Instant now = time.now();
            if (now.isAfter(lastEnd)) {
                lastEnd = now;
            }
            if (d.failure != null) {
                cancel();
                running.values().forEach(r -> r.cancel.cancel());
                throw d.failure instanceof FiliereException fe ? fe
                        : new FiliereException("station failure on " + s.task.id(), d.failure);
            }
            executions.add(new Execution(s.task, s.bay, s.attempt, s.loadedAt, s.ioStart, now, d.record));
            SanitizationRecord r = d.record;
            List<SanitizationRecord> attempts = new ArrayList<>(s.previous);
            if (r != null) {
                attempts.add(r);
            }
            if (r != null && r.meets(s.task.required())) {
                finish(new TaskOutcome.Erased(s.task, r, s.attempt));
                return;
            }
            if (r == null || s.cancel.isCancelled() || cancellation.isCancelled()
                    || r.result() instanceof SanitizationResult.Interrupted) {
                finish(new TaskOutcome.Interrupted(s.task, r));
                return;
            }
            String why = failureReason(r, s.task);
            if (refusedBeforeTouching(r)) {
                // The medium was never written: a mounted disk, a frozen or locked drive or a missing
                // pass-through has a remedy (unmount, suspend/re-plug, another bay), not the shredder.
                finish(new TaskOutcome.NotRun(s.task, why));
                return;
            }
            boolean retryable = retryable(r);
            if (retryable && s.attempt < MAX_ATTEMPTS) {
                LOG.info("retrying {} in {}: {}", s.task.id(), s.bay, why);
                listener.onRetry(s.task, s.bay, why);
                start(new Slot(s.task, s.bay, s.attempt + 1, now, now, attempts));
                return;
            }
            String reason = (s.attempt > 1 ? "failed twice; last: " : "") + why;
            ledger.append(new LedgerEntry.DestructionRequired(s.task.mediumSerial(), reason, s.attempt, now));
            finish(new TaskOutcome.ForDestruction(s.task, reason, attempts));
        }

        private void finish(TaskOutcome o) {
            outcomes.put(o.task().id(), o);
            listener.onOutcome(o);
        }
    }

    /**
     * Whether another attempt may succeed: the tool failed, counted errors or its verification failed. Not when
     * the run was refused before touching the medium (safety guard, frozen or locked drive, no pass-through):
     * the same attempt would be refused again. Not when it completed cleanly but cannot prove the level.
     */
    static boolean retryable(SanitizationRecord r) {
        if (r.result() instanceof SanitizationResult.Failed) {
            return !refusedBeforeTouching(r);
        }
        return r.errors().total() > 0 || !r.verification().passed();
    }

    /**
     * Whether the engine refused the run before writing anything (safety guard, frozen or locked drive, no ATA
     * pass-through). Engines word these failures with the keywords below and write no bytes.
     */
    static boolean refusedBeforeTouching(SanitizationRecord r) {
        if (r.result() instanceof SanitizationResult.Failed f) {
            String why = f.reason().toLowerCase(java.util.Locale.ROOT);
            return why.contains("refused") || why.contains("frozen") || why.contains("locked")
                    || why.contains("pass-through");
        }
        return false;
    }

    /** Why a record does not prove the task's level, in words. */
    static String failureReason(SanitizationRecord r, StationTask task) {
        if (r.result() instanceof SanitizationResult.Failed f) {
            return f.reason();
        }
        if (r.errors().total() > 0) {
            return "the tool counted " + r.errors().total() + " errors (pass " + r.errors().pass() + ", verification "
                    + r.errors().verification() + ", sync " + r.errors().sync() + ")";
        }
        if (!r.verification().passed()) {
            return "verification did not pass (" + r.verification().mode() + ")"
                    + (r.verification().detail().isEmpty() ? "" : ": " + r.verification().detail());
        }
        return "the record cannot prove " + task.required() + " (technique level "
                + r.techniqueLevel().map(Enum::name).orElse("none") + ", hidden areas " + r.hiddenAreas() + ")";
    }
}
