package org.filiere.allocation;

import org.filiere.internal.Require;

/**
 * An organisation that asks for devices on behalf of beneficiaries (prescripteur): a France Services desk,
 * a CCAS, an association. Immutable.
 *
 * <pre>{@code
 * Prescriber desk = new Prescriber("fs-argentiere", "France Services Argentière", PrescriberKind.FRANCE_SERVICES);
 * }</pre>
 *
 * @param id   a stable identifier, never blank
 * @param name the name shown to people, never blank
 * @param kind the kind of organisation
 */
public record Prescriber(String id, String name, PrescriberKind kind) {
    public Prescriber {
        Require.nonBlank(id, "prescriber.id");
        Require.nonBlank(name, "prescriber.name");
        Require.nonNull(kind, "prescriber.kind");
    }
}
