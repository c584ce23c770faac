package org.filiere.wipe.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.filiere.internal.Require;

/**
 * What to run: the argument vector (never a shell line), a timeout, and optional working directory and extra
 * environment. Immutable and thread-safe.
 *
 * <pre>{@code
 * ProcessSpec spec = ProcessSpec.of(Duration.ofSeconds(30), "lsblk", "-J", "-O", "-b");
 * }</pre>
 *
 * @param command           program and arguments, each element passed verbatim to the program
 * @param timeout           how long the process may run before it (and its descendants) is ended
 * @param workingDirectory  the working directory, or null for the current one
 * @param environment       variables added to (or replacing in) the inherited environment, never null
 * @param maxCapturedLines  how many lines per stream the result keeps (the last ones); listeners see every line
 */
public record ProcessSpec(List<String> command, Duration timeout, Path workingDirectory,
                          Map<String, String> environment, int maxCapturedLines) {
    /** Lines kept per stream by default: enough for any tool log filiere parses. */
    public static final int DEFAULT_MAX_CAPTURED_LINES = 200_000;

    public ProcessSpec {
        command = Require.copy(command, "command");
        Require.that(!command.isEmpty(), "command", "the command must name a program");
        Require.nonBlank(command.get(0), "command[0]");
        Require.nonNull(timeout, "timeout");
        Require.that(!timeout.isNegative() && !timeout.isZero(), "timeout", "timeout must be positive");
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        Require.that(maxCapturedLines > 0, "maxCapturedLines", "must be positive");
    }

    /** A spec with the given timeout and argument vector, no extra environment. */
    public static ProcessSpec of(Duration timeout, String... command) {
        return new ProcessSpec(List.of(command), timeout, null, Map.of(), DEFAULT_MAX_CAPTURED_LINES);
    }

    /** A spec with the given timeout and argument vector, no extra environment. */
    public static ProcessSpec of(Duration timeout, List<String> command) {
        return new ProcessSpec(command, timeout, null, Map.of(), DEFAULT_MAX_CAPTURED_LINES);
    }

    /** The program name (first element of the command). */
    public String program() {
        return command.get(0);
    }

    /** A copy with another timeout. */
    public ProcessSpec withTimeout(Duration newTimeout) {
        return new ProcessSpec(command, newTimeout, workingDirectory, environment, maxCapturedLines);
    }

    /** A copy keeping at most {@code lines} lines per stream. */
    public ProcessSpec withMaxCapturedLines(int lines) {
        return new ProcessSpec(command, timeout, workingDirectory, environment, lines);
    }
}
