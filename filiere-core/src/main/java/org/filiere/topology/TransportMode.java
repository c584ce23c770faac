package org.filiere.topology;

/**
 * How devices travel between sites. Used by routes (distance and mode) and by the carbon calculation
 * (kgCO2e per km and mode). The names are part of the network file format. Immutable and thread-safe.
 */
public enum TransportMode {
    /** Light utility van (the coordinator's itinerant vehicle). */
    VAN,
    /** Private car of a volunteer. */
    CAR,
    /** Heavy goods vehicle (a carrier's truck). */
    TRUCK,
    /** Cargo bike or trailer. */
    CARGO_BIKE,
    /** Carried on foot or dropped off by the donor at the site. */
    ON_FOOT,
    /** Parcel post. */
    POSTAL
}
