package org.filiere.wipe.process;

/**
 * Receives each line a child process prints, as it prints it. Called from the runner's reader threads (one per
 * stream), so an implementation shared between streams must be thread-safe. An exception thrown by a listener is
 * logged and swallowed: the child's output keeps being drained.
 *
 * <pre>{@code
 * OutputListener l = (stream, line) -> log.debug("{}: {}", stream, line);
 * }</pre>
 */
@FunctionalInterface
public interface OutputListener {
    /** Ignores every line. */
    OutputListener NONE = (stream, line) -> { };

    /** The stream a line came from. */
    enum Stream { STDOUT, STDERR }

    /** Called once per line, without its line terminator. */
    void onLine(Stream stream, String line);
}
