package org.filiere.wipe.nwipe;

import java.nio.file.Path;
import org.filiere.internal.Require;
import org.filiere.sanitization.SanitizationRecord;

/**
 * The full result of one nwipe run: the record, the raw log file kept as evidence (its SHA-256 is in the record)
 * and the parsed log. Immutable.
 *
 * @param record  the sanitization record
 * @param logFile the raw log file, or null when nwipe never started
 * @param log     the parsed log (empty when there is none)
 */
public record NwipeRun(SanitizationRecord record, Path logFile, NwipeLog log) {
    public NwipeRun {
        Require.nonNull(record, "record");
        Require.nonNull(log, "log");
    }
}
