package org.filiere.carbon;

/** A new part added to a device during refurbishment. The names are part of the {@code filiere impact} input contract. */
public enum PartKind {
    /** Hard disk drive. */
    HDD,
    /** Solid-state drive. */
    SSD,
    /** Memory module. */
    RAM,
    /** Battery pack (laptop, tablet, phone). */
    BATTERY,
    /** Display panel (laptop, tablet, phone). */
    SCREEN,
    /** Power supply or charger. */
    PSU
}
