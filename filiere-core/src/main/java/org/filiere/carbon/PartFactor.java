package org.filiere.carbon;

import org.filiere.internal.Require;

/**
 * Embodied GWP of one new part added during refurbishment. Where the reference gives no figure (battery,
 * display panel) the value is an engineering estimate: {@code estimate} is true and {@code note} says how it
 * was obtained. Immutable and thread-safe.
 *
 * @param kind           the part
 * @param kgCO2ePerUnit  embodied GWP of one part, kgCO2e, &ge; 0
 * @param sourceUrl      the source of the figure, or of the basis of the estimate; never blank
 * @param year           year of the source
 * @param uncertainty    uncertainty class
 * @param estimate       true when the number is not published as such in the source
 * @param note           how the figure was obtained (never null)
 */
public record PartFactor(PartKind kind, double kgCO2ePerUnit, String sourceUrl, int year, Uncertainty uncertainty,
                         boolean estimate, String note) {
    public PartFactor {
        Require.nonNull(kind, "kind");
        Require.nonNegative(kgCO2ePerUnit, "kgCO2ePerUnit");
        Require.nonBlank(sourceUrl, "sourceUrl");
        Require.that(year >= 1990 && year <= 2100, "year", "must be a plausible year");
        Require.nonNull(uncertainty, "uncertainty");
        note = note == null ? "" : note;
        Require.that(!estimate || !note.isBlank(), "note", "an estimate must say how it was obtained");
    }
}
