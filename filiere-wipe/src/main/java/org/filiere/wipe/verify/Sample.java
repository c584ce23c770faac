package org.filiere.wipe.verify;

import java.util.List;
import org.filiere.internal.Require;

/**
 * The contents of a {@link SampleLayout}'s locations read at one moment (before or after an erase). Immutable.
 *
 * @param layout        where it was read
 * @param contents      one entry per location read, in layout order
 * @param bypassedCache true when the reads bypassed the page cache (O_DIRECT)
 * @param cancelled     true when reading stopped early at the operator's request ({@code contents} is then short)
 */
public record Sample(SampleLayout layout, List<LocationContent> contents, boolean bypassedCache, boolean cancelled) {
    public Sample {
        Require.nonNull(layout, "sample.layout");
        contents = Require.copy(contents, "sample.contents");
        Require.that(cancelled || contents.size() == layout.locations().size(), "sample.contents",
                "a complete sample has one content per location");
    }

    /** Locations that could not be read. */
    public long unreadable() {
        return contents.stream().filter(c -> !c.readable()).count();
    }
}
