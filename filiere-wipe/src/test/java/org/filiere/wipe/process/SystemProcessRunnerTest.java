package org.filiere.wipe.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.filiere.FiliereException;
import org.filiere.wipe.process.children.ExitWith;
import org.filiere.wipe.process.children.Flood;
import org.filiere.wipe.process.children.Hang;
import org.filiere.wipe.process.children.PrintLines;
import org.filiere.wipe.testing.JavaChild;
import org.junit.jupiter.api.Test;

class SystemProcessRunnerTest {
    private final SystemProcessRunner runner = new SystemProcessRunner(Duration.ofSeconds(2));

    private static ProcessSpec spec(Duration timeout, Class<?> main, String... args) {
        return ProcessSpec.of(timeout, JavaChild.command(main, args));
    }

    @Test
    void capturesStdoutAndStderrSeparatelyAndStreamsEveryLine() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        ProcessResult r = runner.run(spec(Duration.ofSeconds(60), PrintLines.class, "one", "err:oops", "two words"),
                (s, l) -> seen.add(s + ":" + l), Cancellation.none());
        assertThat(r.succeeded()).isTrue();
        assertThat(r.stdout()).containsExactly("one", "two words");
        assertThat(r.stderr()).containsExactly("oops");
        assertThat(seen).containsExactlyInAnyOrder("STDOUT:one", "STDOUT:two words", "STDERR:oops");
    }

    @Test
    void argumentsAreNotInterpretedByAShell() {
        ProcessResult r = runner.run(spec(Duration.ofSeconds(60), PrintLines.class, "$HOME", "a;b", "*", "`id`"));
        assertThat(r.stdout()).containsExactly("$HOME", "a;b", "*", "`id`");
    }

    @Test
    void reportsTheExitCode() {
        ProcessResult r = runner.run(spec(Duration.ofSeconds(60), ExitWith.class, "3"));
        assertThat(r.termination()).isEqualTo(ProcessResult.Termination.EXITED);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.stdout()).containsExactly("bye");
    }

    @Test
    void timeoutEndsAHangingChildAndItsDescendants() {
        AtomicLong grandchild = new AtomicLong();
        ProcessResult r = runner.run(spec(Duration.ofSeconds(4), Hang.class, "spawn"), (s, l) -> {
            if (l.startsWith("child=")) {
                grandchild.set(Long.parseLong(l.substring(6)));
            }
        }, Cancellation.none());
        assertThat(r.termination()).isEqualTo(ProcessResult.Termination.TIMED_OUT);
        assertThat(r.stdout()).anyMatch(l -> l.startsWith("pid="));
        assertThat(grandchild.get()).as("grandchild pid seen").isPositive();
        assertGone(grandchild.get());
        assertGone(Long.parseLong(r.stdout().get(0).substring(4)));
    }

    @Test
    void cancellationEndsTheChildPromptly() throws Exception {
        Cancellation cancel = new Cancellation();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<ProcessResult> f = CompletableFuture.supplyAsync(() -> runner.run(
                spec(Duration.ofMinutes(10), Hang.class), (s, l) -> started.countDown(), cancel));
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
        cancel.cancel();
        ProcessResult r = f.get(30, TimeUnit.SECONDS);
        assertThat(r.termination()).isEqualTo(ProcessResult.Termination.CANCELLED);
        assertThat(r.elapsed()).isLessThan(Duration.ofMinutes(1));
        assertGone(Long.parseLong(r.stdout().get(0).substring(4)));
    }

    @Test
    void floodOfOutputNeitherBlocksTheChildNorLosesLinesForListeners() {
        AtomicLong out = new AtomicLong();
        AtomicLong err = new AtomicLong();
        ProcessSpec s = spec(Duration.ofSeconds(120), Flood.class, "200000").withMaxCapturedLines(1000);
        ProcessResult r = runner.run(s, (stream, l) -> {
            (stream == OutputListener.Stream.STDOUT ? out : err).incrementAndGet();
        }, Cancellation.none());
        assertThat(r.succeeded()).isTrue();
        assertThat(out.get()).isEqualTo(200_000);
        assertThat(err.get()).isEqualTo(200_000);
        assertThat(r.stdout()).hasSize(1000).last().asString().startsWith("line 199999 ");
        assertThat(r.outputTruncated()).isTrue();
    }

    @Test
    void aFailingListenerDoesNotStopTheDrain() {
        ProcessResult r = runner.run(spec(Duration.ofSeconds(60), PrintLines.class, "a", "b", "c"),
                (s, l) -> {
                    throw new IllegalStateException("listener bug");
                }, Cancellation.none());
        assertThat(r.stdout()).containsExactly("a", "b", "c");
    }

    @Test
    void aMissingProgramIsAnInfrastructureErrorNamingIt() {
        assertThatThrownBy(() -> runner.run(ProcessSpec.of(Duration.ofSeconds(5), "/nonexistent/nwipe-xyz", "-V")))
                .isInstanceOf(FiliereException.class)
                .hasMessageContaining("/nonexistent/nwipe-xyz");
    }

    private static void assertGone(long pid) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("process " + pid + " still alive");
    }
}
