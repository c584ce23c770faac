package org.filiere.reporting.certificate;

import org.filiere.internal.Require;

/**
 * The post-sanitization destination (Appendix G block 4). Immutable.
 *
 * @param kind    where the medium goes
 * @param details free text (the beneficiary programme, the recycler), or null
 */
public record Destination(MediaDestination kind, String details) {
    public Destination {
        Require.nonNull(kind, "destination.kind");
        Require.that(kind != MediaDestination.OTHER || (details != null && !details.isBlank()), "destination.details",
                "OTHER needs details");
    }
}
