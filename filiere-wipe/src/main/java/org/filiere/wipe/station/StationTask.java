package org.filiere.wipe.station;

import java.time.Instant;
import org.filiere.internal.Require;
import org.filiere.sanitization.Level;
import org.filiere.wipe.engine.WipeJob;

/**
 * One medium the station must sanitize: the job to run, the level its record must prove, what it costs and
 * by when it is due. Immutable and thread-safe.
 *
 * <pre>{@code
 * StationTask t = new StationTask("WD-WX31A76K3100", WipeJob.overwrite(target, OverwriteOptions.zeroVerified()),
 *         Level.CLEAR, Workload.overwrite(500_107_862_016L, 110, 2), null, null);
 * }</pre>
 *
 * @param id       unique among the tasks of a run (the medium's serial is a good id)
 * @param job      the job (its target's medium is the medium to sanitize)
 * @param required the level the record must prove ({@link org.filiere.sanitization.SanitizationRecord#meets})
 * @param workload the estimate the dispatcher plans with
 * @param due      when it should be done, or null
 * @param pinned   the bay the medium is already in, or null when the dispatcher chooses
 */
public record StationTask(String id, WipeJob job, Level required, Workload workload, Instant due, Bay pinned) {
    public StationTask {
        Require.nonBlank(id, "task.id");
        Require.nonNull(job, "task.job");
        Require.nonNull(required, "task.required");
        Require.nonNull(workload, "task.workload");
    }

    /** The serial of the medium (the journal's key). */
    public String mediumSerial() {
        return job.target().medium().serialNumber();
    }
}
