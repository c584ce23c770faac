package org.filiere.wipe.process;

import java.time.Duration;
import java.util.List;
import org.filiere.internal.Require;

/**
 * How a process ended and what it printed. A process that exits non-zero, times out or is cancelled is a value,
 * not an exception: callers decide what it means. Immutable and thread-safe.
 *
 * @param command         the argument vector that was run
 * @param termination     whether it exited by itself, timed out or was cancelled
 * @param exitCode        the exit code (for a process ended by a signal, 128 + signal as the JVM reports it)
 * @param stdout          captured standard-output lines (the last {@link ProcessSpec#maxCapturedLines()})
 * @param stderr          captured standard-error lines (idem)
 * @param outputTruncated true when some early lines were dropped from {@code stdout} or {@code stderr}
 * @param elapsed         wall time from start to end
 */
public record ProcessResult(List<String> command, Termination termination, int exitCode, List<String> stdout,
                            List<String> stderr, boolean outputTruncated, Duration elapsed) {

    /** How the process ended. */
    public enum Termination {
        /** It exited by itself. */
        EXITED,
        /** It outlived its timeout and was ended. */
        TIMED_OUT,
        /** The caller cancelled it and it was ended. */
        CANCELLED
    }

    public ProcessResult {
        command = Require.copy(command, "command");
        Require.nonNull(termination, "termination");
        stdout = Require.copy(stdout, "stdout");
        stderr = Require.copy(stderr, "stderr");
        Require.nonNull(elapsed, "elapsed");
    }

    /** A process that exited by itself with {@code exitCode} (convenient for fakes). */
    public static ProcessResult exited(List<String> command, int exitCode, List<String> stdout, List<String> stderr) {
        return new ProcessResult(command, Termination.EXITED, exitCode, stdout, stderr, false, Duration.ZERO);
    }

    /** True when it exited by itself with code 0. */
    public boolean succeeded() {
        return termination == Termination.EXITED && exitCode == 0;
    }

    /** Standard output joined with newlines (each line followed by {@code \n}). */
    public String stdoutText() {
        return join(stdout);
    }

    /** Standard error joined with newlines. */
    public String stderrText() {
        return join(stderr);
    }

    /** One line describing the outcome, for logs and failure reasons. */
    public String describe() {
        String how = switch (termination) {
            case EXITED -> "exited with code " + exitCode;
            case TIMED_OUT -> "timed out after " + elapsed.toSeconds() + " s";
            case CANCELLED -> "cancelled";
        };
        String lastErr = stderr.isEmpty() ? "" : ": " + stderr.get(stderr.size() - 1).strip();
        return command.get(0) + " " + how + lastErr;
    }

    private static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }
}
