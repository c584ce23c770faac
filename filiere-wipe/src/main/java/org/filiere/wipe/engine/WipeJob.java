package org.filiere.wipe.engine;

import org.filiere.internal.Require;
import org.filiere.sanitization.Technique;

/**
 * One sanitization to run: which target, which technique, and for {@link Technique#OVERWRITE} the overwrite
 * options (null for firmware techniques). Immutable.
 *
 * @param target    the device and expected medium
 * @param technique the technique
 * @param overwrite overwrite options; required for OVERWRITE, ignored otherwise
 */
public record WipeJob(WipeTarget target, Technique technique, OverwriteOptions overwrite) {
    public WipeJob {
        Require.nonNull(target, "target");
        Require.nonNull(technique, "technique");
        Require.that(technique != Technique.OVERWRITE || overwrite != null, "overwrite",
                "an OVERWRITE job needs overwrite options");
    }

    /** An overwrite job. */
    public static WipeJob overwrite(WipeTarget target, OverwriteOptions options) {
        return new WipeJob(target, Technique.OVERWRITE, options);
    }

    /** A firmware job (sanitize, security erase, format). */
    public static WipeJob firmware(WipeTarget target, Technique technique) {
        return new WipeJob(target, technique, null);
    }
}
