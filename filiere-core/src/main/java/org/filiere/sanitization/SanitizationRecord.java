package org.filiere.sanitization;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.filiere.device.MediaType;
import org.filiere.internal.Require;

/**
 * What was done to one storage medium: technique and parameters, tool and version, when, the result, its
 * verification, the errors counted, the hidden-area status, who did it and where. This is the evidence
 * certificates and attestations are built from. Immutable and thread-safe.
 *
 * <p>{@link #meets(Level)} decides whether the record proves a required level: the run completed without
 * errors, the technique reaches the level on this medium ({@link Techniques}), verification passed in an
 * acceptable mode, and on ATA drives hidden areas (HPA/DCO) were proven absent; see {@link #levelAchieved()}.
 *
 * @param mediumSerial  the medium's serial number, or its stable path-based identity when it has none
 * @param mediaType     the kind of medium
 * @param technique     the technique run
 * @param parameters    its parameters
 * @param tool          the tool and its version
 * @param startedAt     when the run started
 * @param endedAt       when it ended (not before {@code startedAt})
 * @param result        how it ended
 * @param verification  how it was verified and what that found
 * @param errors        the tool's error counters
 * @param hiddenAreas   the HPA/DCO status before the run
 * @param bytesErased   bytes the tool reports as erased (0 for firmware commands that do not report it)
 * @param operator      who ran it (name or volunteer id)
 * @param siteId        where it ran (a topology site id)
 * @param rawLogSha256  SHA-256 (hex) of the tool's raw log, or null when there is none
 */
public record SanitizationRecord(
        String mediumSerial,
        MediaType mediaType,
        Technique technique,
        TechniqueParameters parameters,
        ToolInfo tool,
        Instant startedAt,
        Instant endedAt,
        SanitizationResult result,
        Verification verification,
        ErrorCounts errors,
        HiddenAreaStatus hiddenAreas,
        long bytesErased,
        String operator,
        String siteId,
        String rawLogSha256) {

    public SanitizationRecord {
        Require.nonBlank(mediumSerial, "mediumSerial");
        Require.nonNull(mediaType, "mediaType");
        Require.nonNull(technique, "technique");
        Require.nonNull(parameters, "parameters");
        Require.nonNull(tool, "tool");
        Require.nonNull(startedAt, "startedAt");
        Require.nonNull(endedAt, "endedAt");
        Require.that(!endedAt.isBefore(startedAt), "endedAt", "a sanitization cannot end before it starts");
        Require.nonNull(result, "result");
        Require.nonNull(verification, "verification");
        Require.nonNull(errors, "errors");
        Require.nonNull(hiddenAreas, "hiddenAreas");
        Require.nonNegative(bytesErased, "bytesErased");
        Require.nonBlank(operator, "operator");
        Require.nonBlank(siteId, "siteId");
        Require.that(rawLogSha256 == null || rawLogSha256.matches("[0-9a-f]{64}"), "rawLogSha256",
                "must be 64 lower-case hex digits");
    }

    /** How long the run took. */
    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }

    /** The level the technique reaches on this medium, whatever the outcome, or empty when it does not apply. */
    public Optional<Level> techniqueLevel() {
        return Techniques.levelReached(mediaType, technique);
    }

    /**
     * The level this record actually proves, or empty when it proves none. A record proves the level its
     * technique reaches on its medium ({@link Techniques}) only when:
     * <ul>
     *   <li>the run completed and the tool counted no error;</li>
     *   <li>for CLEAR and above (destruction included): the verification passed, in a mode the technique's
     *       {@link VerificationRequirement} accepts (full read-back for overwrite; sampled or full read-back
     *       for firmware commands, whose status alone is not enough; visual inspection for destruction);</li>
     *   <li>for CLEAR and PURGE on an ATA drive: hidden areas (HPA/DCO) were proven absent. NOT_APPLICABLE is
     *       accepted too: loop devices and bridges that expose no ATA feature set are recorded that way. Hidden
     *       areas do not exist on NVMe, SCSI and flash-card media and never block them.</li>
     * </ul>
     * REINSTALL (an OS reinstall) needs no verification: it is the workshop rule, not a NIST level.
     */
    public Optional<Level> levelAchieved() {
        Optional<Level> reached = techniqueLevel();
        if (reached.isEmpty() || !result.completed() || errors.total() > 0) {
            return Optional.empty();
        }
        Level level = reached.get();
        if (level == Level.REINSTALL) {
            return reached;
        }
        if (!verification.passed()
                || !VerificationRequirement.forTechnique(technique).accepts(verification.mode())) {
            return Optional.empty();
        }
        if (level != Level.DESTROY && mediaType.isAta() && hiddenAreas != HiddenAreaStatus.ABSENT
                && hiddenAreas != HiddenAreaStatus.NOT_APPLICABLE) {
            return Optional.empty();
        }
        return reached;
    }

    /** True when this record proves at least {@code required}. */
    public boolean meets(Level required) {
        Require.nonNull(required, "required");
        return levelAchieved().map(l -> l.satisfies(required)).orElse(false);
    }
}
