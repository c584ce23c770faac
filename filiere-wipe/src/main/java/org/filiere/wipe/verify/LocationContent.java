package org.filiere.wipe.verify;

import org.filiere.internal.Require;

/**
 * What one location held when it was read: the SHA-256 of its bytes and whether they were uniform, or why it could
 * not be read. Only digests are kept, never the data itself (the sample is taken of confidential data). Immutable.
 *
 * @param location   the location
 * @param sha256     lower-case hex SHA-256 of its bytes, or null when unreadable
 * @param uniformity ZEROS / ONES / MIXED, or null when unreadable
 * @param error      why it could not be read, or null
 */
public record LocationContent(SampleLocation location, String sha256, Uniformity uniformity, String error) {
    public LocationContent {
        Require.nonNull(location, "content.location");
        Require.that((error == null) == (sha256 != null && uniformity != null), "content",
                "either a digest and uniformity, or an error");
    }

    /** True when the location could be read. */
    public boolean readable() {
        return error == null;
    }

    /** True when it was read and every byte was 0x00, or every byte 0xFF. */
    public boolean uniform() {
        return readable() && uniformity.uniform();
    }
}
