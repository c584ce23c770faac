package org.filiere.wipe.process;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.filiere.FiliereException;
import org.filiere.internal.Require;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@link ProcessRunner}, on {@link ProcessBuilder}: the argument vector goes to the program as is (no
 * shell), standard input is closed, each output stream is drained line by line by its own thread (so a chatty
 * child never blocks), and on timeout or cancellation the child and all its descendants get SIGTERM, then SIGKILL
 * after a grace period. Thread-safe.
 *
 * <p>SIGTERM first matters: nwipe catches it, stops its threads and still prints its summary tables, which are
 * the evidence of what happened to the disk.
 */
public final class SystemProcessRunner implements ProcessRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SystemProcessRunner.class);
    private static final long POLL_MILLIS = 25;

    private final Duration terminationGrace;

    /** A runner that waits 5 s after SIGTERM before SIGKILL. */
    public SystemProcessRunner() {
        this(Duration.ofSeconds(5));
    }

    /** A runner that waits {@code terminationGrace} after SIGTERM before SIGKILL. */
    public SystemProcessRunner(Duration terminationGrace) {
        Require.nonNull(terminationGrace, "terminationGrace");
        Require.that(!terminationGrace.isNegative(), "terminationGrace", "must not be negative");
        this.terminationGrace = terminationGrace;
    }

    @Override
    public ProcessResult run(ProcessSpec spec, OutputListener listener, Cancellation cancellation) {
        Require.nonNull(spec, "spec");
        OutputListener out = listener == null ? OutputListener.NONE : listener;
        Cancellation cancel = cancellation == null ? Cancellation.none() : cancellation;
        ProcessBuilder pb = new ProcessBuilder(spec.command());
        if (spec.workingDirectory() != null) {
            pb.directory(spec.workingDirectory().toFile());
        }
        pb.environment().putAll(spec.environment());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        long start = System.nanoTime();
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new FiliereException("cannot start program", e).with("program", spec.program())
                    .with("command", spec.command());
        }
        LOG.debug("started pid {}: {}", process.pid(), spec.command());
        Drain stdout = new Drain(process.getInputStream(), OutputListener.Stream.STDOUT, out,
                spec.maxCapturedLines(), process.pid());
        Drain stderr = new Drain(process.getErrorStream(), OutputListener.Stream.STDERR, out,
                spec.maxCapturedLines(), process.pid());
        stdout.start();
        stderr.start();

        ProcessResult.Termination termination = ProcessResult.Termination.EXITED;
        long deadline = start + spec.timeout().toNanos();
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancel.isCancelled()) {
                    termination = ProcessResult.Termination.CANCELLED;
                    break;
                }
                if (System.nanoTime() - deadline > 0) {
                    termination = ProcessResult.Termination.TIMED_OUT;
                    break;
                }
            }
            if (termination != ProcessResult.Termination.EXITED) {
                LOG.info("ending pid {} ({}): {}", process.pid(), termination, spec.command());
                terminate(process);
            }
            process.waitFor();
        } catch (InterruptedException e) {
            terminate(process);
            Thread.currentThread().interrupt();
            termination = ProcessResult.Termination.CANCELLED;
        }
        // Descendants that kept our pipes open would block the drains forever: bound the wait.
        stdout.awaitEnd(terminationGrace.plusSeconds(2));
        stderr.awaitEnd(terminationGrace.plusSeconds(2));
        int exit = process.isAlive() ? -1 : process.exitValue();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new ProcessResult(spec.command(), termination, exit, stdout.lines(), stderr.lines(),
                stdout.truncated() || stderr.truncated(), elapsed);
    }

    /** SIGTERM to the child and its descendants, then SIGKILL to whatever is still alive after the grace. */
    private void terminate(Process process) {
        List<ProcessHandle> family = new ArrayList<>();
        process.descendants().forEach(family::add);
        family.add(process.toHandle());
        for (ProcessHandle h : family) {
            h.destroy();
        }
        long graceEnd = System.nanoTime() + terminationGrace.toNanos();
        while (System.nanoTime() - graceEnd < 0 && family.stream().anyMatch(ProcessHandle::isAlive)) {
            sleep(POLL_MILLIS);
        }
        // Descendants may have been spawned during the grace period: collect them again before the kill.
        process.descendants().forEach(family::add);
        for (ProcessHandle h : family) {
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drains one stream line by line into a bounded buffer and a listener. */
    private static final class Drain {
        private final Thread thread;
        private final Deque<String> kept = new ArrayDeque<>();
        private final AtomicBoolean truncated = new AtomicBoolean();

        Drain(InputStream in, OutputListener.Stream stream, OutputListener listener, int max, long pid) {
            this.thread = new Thread(() -> pump(in, stream, listener, max), "proc-" + pid + "-" + stream);
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void pump(InputStream in, OutputListener.Stream stream, OutputListener listener, int max) {
            // Malformed bytes (binary garbage, truncated UTF-8) become U+FFFD instead of aborting the drain.
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (kept) {
                        if (kept.size() == max) {
                            kept.removeFirst();
                            truncated.set(true);
                        }
                        kept.addLast(line);
                    }
                    try {
                        listener.onLine(stream, line);
                    } catch (RuntimeException e) {
                        LOG.warn("output listener failed on {} line; output keeps being drained", stream, e);
                    }
                }
            } catch (IOException e) {
                LOG.debug("{} stream closed: {}", stream, e.toString());
            }
        }

        void awaitEnd(Duration max) {
            try {
                thread.join(max.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        List<String> lines() {
            synchronized (kept) {
                return new ArrayList<>(kept);
            }
        }

        boolean truncated() {
            return truncated.get();
        }
    }
}
