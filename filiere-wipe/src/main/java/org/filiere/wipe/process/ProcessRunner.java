package org.filiere.wipe.process;

/**
 * Runs one external program and reports how it ended. The only way filiere starts processes, so that every
 * adapter can be tested with a fake that replays recorded outputs. Implementations never go through a shell.
 *
 * <p>Expected outcomes (non-zero exit, timeout, cancellation) are {@link ProcessResult} values. A program that
 * cannot be started at all (missing binary, permission) throws {@link org.filiere.FiliereException} naming it.
 * Implementations are thread-safe: several processes may run at once.
 *
 * <pre>{@code
 * ProcessRunner runner = new SystemProcessRunner();
 * ProcessResult r = runner.run(ProcessSpec.of(Duration.ofSeconds(10), "nwipe", "--version"));
 * }</pre>
 */
public interface ProcessRunner {

    /**
     * Runs {@code spec}, streaming each output line to {@code listener}, until the process exits, its timeout
     * expires or {@code cancellation} is cancelled (the latter two end the process and its descendants).
     */
    ProcessResult run(ProcessSpec spec, OutputListener listener, Cancellation cancellation);

    /** Runs {@code spec} without a listener or cancellation. */
    default ProcessResult run(ProcessSpec spec) {
        return run(spec, OutputListener.NONE, Cancellation.none());
    }
}
