package org.filiere.sanitization;

import org.filiere.internal.Require;
import org.filiere.text.BilingualText;

/**
 * A technique that cannot be used for this decision, and why. Immutable and thread-safe.
 *
 * @param technique the rejected technique
 * @param reason    the typed reason
 * @param reaches   for {@link RejectionReason#BELOW_REQUIRED_LEVEL}, the level it would reach; otherwise null
 * @param message   the reason for people, remedy included when there is one
 * @param reference the standard behind the rejection, or null when it is a fact of the drive or station
 */
public record Rejection(Technique technique, RejectionReason reason, Level reaches, BilingualText message,
                        StandardReference reference) {
    public Rejection {
        Require.nonNull(technique, "technique");
        Require.nonNull(reason, "reason");
        Require.that((reason == RejectionReason.BELOW_REQUIRED_LEVEL) == (reaches != null), "reaches",
                "the level reached is given exactly for BELOW_REQUIRED_LEVEL");
        Require.nonNull(message, "message");
    }
}
