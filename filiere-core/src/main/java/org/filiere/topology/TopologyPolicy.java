package org.filiere.topology;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.filiere.internal.Require;

/**
 * Network rules that are a choice of the organisation rather than a fact. Immutable.
 *
 * <p>The default is the workshop report's rule: erasure is centralised at the hub, for traceability and one
 * homogeneous protocol. A network that trusts a node with a certified station can allow {@link SiteRole#NODE}.
 *
 * <pre>{@code
 * TopologyPolicy centralised = TopologyPolicy.DEFAULT;
 * TopologyPolicy withNodes = TopologyPolicy.sanitizingAt(SiteRole.HUB, SiteRole.NODE);
 * }</pre>
 *
 * @param sanitizingRoles roles whose sites may erase devices (not empty)
 */
public record TopologyPolicy(Set<SiteRole> sanitizingRoles) {
    /** Erasure only at hubs (the workshop report's centralised-erasure rule). */
    public static final TopologyPolicy DEFAULT = new TopologyPolicy(Set.of(SiteRole.HUB));

    public TopologyPolicy {
        Require.that(sanitizingRoles != null && !sanitizingRoles.isEmpty(), "sanitizingRoles",
                "at least one role must be allowed to sanitize");
        sanitizingRoles = Collections.unmodifiableSet(EnumSet.copyOf(sanitizingRoles));
    }

    /** A policy letting sites of these roles sanitize. */
    public static TopologyPolicy sanitizingAt(SiteRole first, SiteRole... others) {
        return new TopologyPolicy(EnumSet.of(first, others));
    }

    /** Whether a site of {@code role} may sanitize. */
    public boolean allowsSanitizingAt(SiteRole role) {
        return sanitizingRoles.contains(role);
    }
}
