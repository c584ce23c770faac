package org.filiere.reporting.json;

import org.filiere.FiliereException;

/**
 * The version of the JSON documents filiere writes (certificates, attestations, impact sheets, journal
 * lines). Every document carries it as {@code schemaVersion}; readers refuse versions they do not know rather
 * than misread them. Bump it when a field changes meaning or a required field is added.
 * Constants only; thread-safe.
 */
public final class SchemaVersion {
    /** The version this build writes and reads. */
    public static final int CURRENT = 1;

    private SchemaVersion() {
    }

    /** Throws unless {@code version} is {@link #CURRENT}. */
    public static int require(int version) {
        if (version != CURRENT) {
            throw new FiliereException("unsupported schemaVersion " + version + " (this version reads "
                    + CURRENT + ")").with("field", "schemaVersion");
        }
        return version;
    }
}
