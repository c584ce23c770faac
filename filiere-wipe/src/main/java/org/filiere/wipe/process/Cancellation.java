package org.filiere.wipe.process;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A one-way switch a caller flips to stop work in progress: the runner ends the child process (and its
 * descendants), an engine stops polling. Thread-safe; once cancelled it stays cancelled.
 *
 * <pre>{@code
 * Cancellation cancel = new Cancellation();
 * executor.submit(() -> runner.run(spec, OutputListener.NONE, cancel));
 * cancel.cancel();
 * }</pre>
 */
public final class Cancellation {
    private static final Logger LOG = LoggerFactory.getLogger(Cancellation.class);

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> callbacks = new CopyOnWriteArrayList<>();

    /** A fresh, not-cancelled switch (use one per unit of work). */
    public static Cancellation none() {
        return new Cancellation();
    }

    /** Flips the switch and runs the registered callbacks once. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            for (Runnable r : callbacks) {
                runQuietly(r);
            }
        }
    }

    /** True once {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Runs {@code callback} when cancelled (immediately when already cancelled). Returns a handle that
     * unregisters it.
     */
    public AutoCloseable onCancel(Runnable callback) {
        callbacks.add(callback);
        if (cancelled.get() && callbacks.remove(callback)) {
            runQuietly(callback);
        }
        return () -> callbacks.remove(callback);
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("cancellation callback failed", e);
        }
    }
}
