package org.filiere.wipe.guard;

import java.time.Instant;
import java.util.Set;
import org.filiere.device.StorageMedium;
import org.filiere.internal.Require;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.ToolInfo;
import org.filiere.wipe.engine.ProgressListener;
import org.filiere.wipe.engine.WipeContext;
import org.filiere.wipe.engine.WipeEngine;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeRecords;
import org.filiere.wipe.process.Cancellation;

/**
 * Puts the {@link SafetyGuard} in front of an engine: every job is checked first, and a refused device is never
 * handed to the engine (so never opened): the result is a FAILED record whose reason lists the refusals.
 * Thread-safe when the delegate is.
 *
 * <pre>{@code
 * WipeEngine engine = new GuardedEngine(nwipe, SafetyGuard.system(runner), context);
 * }</pre>
 */
public final class GuardedEngine implements WipeEngine {
    private final WipeEngine delegate;
    private final SafetyGuard guard;
    private final WipeContext context;
    private final Set<java.nio.file.Path> explicitlyNamed;

    /** A guarded engine where each job's device counts as named explicitly (the caller named it in the job). */
    public GuardedEngine(WipeEngine delegate, SafetyGuard guard, WipeContext context) {
        this(delegate, guard, context, null);
    }

    /**
     * A guarded engine that also refuses any device outside {@code explicitlyNamed} (the operator's list for this
     * session); null means each job's own device.
     */
    public GuardedEngine(WipeEngine delegate, SafetyGuard guard, WipeContext context,
                         Set<java.nio.file.Path> explicitlyNamed) {
        this.delegate = Require.nonNull(delegate, "delegate");
        this.guard = Require.nonNull(guard, "guard");
        this.context = Require.nonNull(context, "context");
        this.explicitlyNamed = explicitlyNamed == null ? null : Set.copyOf(explicitlyNamed);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Set<Technique> techniques(StorageMedium medium) {
        return delegate.techniques(medium);
    }

    /** The guard's verdict for {@code job}, without running anything. */
    public GuardVerdict check(WipeJob job) {
        Set<java.nio.file.Path> named = explicitlyNamed == null ? Set.of(job.target().device()) : explicitlyNamed;
        return guard.check(new GuardRequest(job.target().device(), named, job.target().expectedSerial(), null));
    }

    @Override
    public SanitizationRecord run(WipeJob job, ProgressListener progress, Cancellation cancellation) {
        Instant start = context.clock().instant();
        GuardVerdict v = check(job);
        if (v instanceof GuardVerdict.Refused r) {
            return WipeRecords.failed(context, job, new ToolInfo(delegate.name(), "not run"), start,
                    "refused by the safety guard: " + r.summary(), null);
        }
        return delegate.run(job, progress, cancellation);
    }
}
