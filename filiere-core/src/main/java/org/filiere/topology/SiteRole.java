package org.filiere.topology;

/**
 * The role of a site in the hub-and-spoke network described by the workshop report. The names are part of
 * the network file format.
 */
public enum SiteRole {
    /** The central place: intake, storage, certified erasure, refurbishment, volunteer training. */
    HUB,
    /** A local node that can hold and refurbish a few devices at a time (10–15 PCs). */
    NODE,
    /** A relay point: collection, needs detection, orientation, occasional drop-off. */
    RELAY_POINT
}
