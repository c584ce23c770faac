package org.filiere.sanitization;

import org.filiere.device.MediaType;
import org.filiere.internal.Require;

/**
 * One cell of the media × technique matrix: the level a technique reaches on a kind of medium, and the
 * standard that says so. Immutable and thread-safe.
 *
 * @param media     the kind of medium
 * @param technique the technique
 * @param level     the level it reaches there
 * @param reference the standard (document and section) that justifies the level
 */
public record MatrixEntry(MediaType media, Technique technique, Level level, StandardReference reference) {
    public MatrixEntry {
        Require.nonNull(media, "media");
        Require.nonNull(technique, "technique");
        Require.nonNull(level, "level");
        Require.nonNull(reference, "reference");
    }
}
