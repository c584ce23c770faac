package org.filiere.allocation;

/**
 * The priority publics of the workshop report. A request naming at least one of them is served before any
 * request naming none; the publics are not ranked among themselves. The names are part of the CLI and JSON
 * contract.
 */
public enum PriorityPublic {
    /** People with cumulative illiteracy (illettrisme / illectronisme cumulés). */
    ILLITERACY,
    /** Isolated seniors, for example in the high valleys. */
    ISOLATED_SENIOR,
    /** People forced online by dematerialised public services. */
    DEMATERIALISATION_CONSTRAINED
}
