package org.filiere.wipe.engine;

import java.nio.file.Path;
import org.filiere.internal.Require;

/**
 * A progress report of a running wipe. Immutable.
 *
 * @param device   the device being wiped
 * @param phase    what is happening, in the tool's words ("pass 1/3, round 1/1", "verifying", "sanitize 42%")
 * @param fraction overall completion in [0, 1] when the engine can estimate it, else null
 */
public record Progress(Path device, String phase, Double fraction) {
    public Progress {
        Require.nonNull(device, "device");
        Require.nonBlank(phase, "phase");
        Require.that(fraction == null || (fraction >= 0 && fraction <= 1), "fraction", "must be within [0, 1]");
    }
}
