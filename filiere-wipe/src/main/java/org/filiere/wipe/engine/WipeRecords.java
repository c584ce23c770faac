package org.filiere.wipe.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.filiere.FiliereException;
import org.filiere.sanitization.ErrorCounts;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.ToolInfo;
import org.filiere.sanitization.Verification;
import org.filiere.sanitization.VerificationMode;

/**
 * Helpers engines share to build records: the SHA-256 of a raw tool log, and a record for a run refused or
 * failed before the tool could report anything. Stateless and thread-safe.
 */
public final class WipeRecords {
    private WipeRecords() {
    }

    /** Lower-case hex SHA-256 of {@code rawLog} encoded as UTF-8, or null when there is no log. */
    public static String sha256(String rawLog) {
        if (rawLog == null) {
            return null;
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(rawLog.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new FiliereException("SHA-256 unavailable", e);
        }
    }

    /**
     * A FAILED record for {@code job}: nothing erased, no verification, the given reason. Used for refusals
     * (guard, frozen drive) and tool failures detected before any summary.
     */
    public static SanitizationRecord failed(WipeContext ctx, WipeJob job, ToolInfo tool, Instant startedAt,
                                            String reason, String rawLog) {
        Instant end = ctx.clock().instant();
        if (end.isBefore(startedAt)) {
            end = startedAt;
        }
        TechniqueParameters params = job.overwrite() == null
                ? TechniqueParameters.firmware(job.technique().name().toLowerCase(java.util.Locale.ROOT),
                        VerificationMode.NONE)
                : new TechniqueParameters(job.overwrite().method(), null, null, job.overwrite().rounds(),
                        job.overwrite().verify().mode(), job.overwrite().blank());
        return new SanitizationRecord(job.target().medium().serialNumber(), job.target().medium().type(),
                job.technique(), params, tool, startedAt, end, new SanitizationResult.Failed(reason),
                Verification.none(), ErrorCounts.NONE, job.target().medium().hiddenAreas(), 0,
                ctx.operator(), ctx.siteId(), sha256(rawLog));
    }
}
