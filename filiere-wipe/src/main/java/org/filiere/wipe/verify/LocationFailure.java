package org.filiere.wipe.verify;

import org.filiere.internal.Require;

/**
 * A sampled location that does not show the erase. Immutable.
 *
 * @param location the location
 * @param reason   what was found, for people
 */
public record LocationFailure(SampleLocation location, String reason) {
    public LocationFailure {
        Require.nonNull(location, "failure.location");
        Require.nonBlank(reason, "failure.reason");
    }

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
