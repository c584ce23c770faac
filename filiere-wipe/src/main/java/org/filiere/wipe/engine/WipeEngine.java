package org.filiere.wipe.engine;

import java.util.Set;
import org.filiere.device.StorageMedium;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.Technique;
import org.filiere.wipe.process.Cancellation;

/**
 * The engine SPI: something that can sanitize a storage medium with some techniques (nwipe for overwrites,
 * hdparm for ATA firmware commands, nvme-cli for NVMe ones, a simulation for demos).
 *
 * <p>{@link #run} returns the {@link SanitizationRecord} as a value in every expected case: success, a tool that
 * reported a failure, a refused precondition (frozen drive, USB bridge), a timeout, a cancellation. It throws
 * ({@link org.filiere.FiliereException}) only on misuse (a technique it did not offer) or broken infrastructure
 * (the tool cannot be started). Engines run their tool through a
 * {@link org.filiere.wipe.process.ProcessRunner} and take who/where/when from a {@link WipeContext}.
 *
 * <p>Engines do not check which disk they were given: wrap them in
 * {@link org.filiere.wipe.guard.GuardedEngine} so that the safety guard vets the device first. Implementations
 * are thread-safe: one engine instance may wipe several devices at once.
 *
 * <pre>{@code
 * WipeEngine engine = new GuardedEngine(new NwipeEngine(runner, context), guard);
 * SanitizationRecord rec = engine.run(WipeJob.overwrite(target, OverwriteOptions.zeroVerified()),
 *         ProgressListener.NONE, Cancellation.none());
 * }</pre>
 */
public interface WipeEngine {

    /** A short name: {@code nwipe}, {@code hdparm}, {@code nvme-cli}, {@code simulated}. */
    String name();

    /** The techniques this engine can run on {@code medium} as the medium describes itself (may be empty). */
    Set<Technique> techniques(StorageMedium medium);

    /** Runs {@code job}, reporting progress; returns what happened as a record. */
    SanitizationRecord run(WipeJob job, ProgressListener progress, Cancellation cancellation);
}
