package org.filiere.wipe.guard;

import org.filiere.internal.Require;

/**
 * One reason the guard refuses a device, with the detail that proves it ("/dev/sdb1 mounted on /media/x").
 * Immutable.
 *
 * @param reason the typed reason
 * @param detail what was found, for the operator
 */
public record Refusal(RefusalReason reason, String detail) {
    public Refusal {
        Require.nonNull(reason, "reason");
        Require.nonBlank(detail, "detail");
    }

    @Override
    public String toString() {
        return reason + ": " + detail;
    }
}
