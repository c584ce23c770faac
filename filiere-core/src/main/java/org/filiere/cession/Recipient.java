package org.filiere.cession;

import org.filiere.internal.Require;

/**
 * The organisation receiving the devices (the network's legal entity, usually an association). Immutable.
 *
 * @param name     its name as on the agreement
 * @param category its legal category (decides eligibility for public cessions)
 */
public record Recipient(String name, RecipientCategory category) {
    public Recipient {
        Require.nonBlank(name, "recipient.name");
        Require.nonNull(category, "recipient.category");
    }
}
