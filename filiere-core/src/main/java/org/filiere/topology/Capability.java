package org.filiere.topology;

/**
 * What a site can do. The names are part of the network file format.
 */
public enum Capability {
    /** Receives donated devices (from donors or drop-offs). */
    COLLECT,
    /** Holds devices for a while (see {@link Site#storagePlaces()}). */
    STORE,
    /** Performs certified erasure (see {@link Site#sanitizePerMonth()}); restricted by {@link TopologyPolicy}. */
    SANITIZE,
    /** Refurbishes erased devices with Linux Mint (see {@link Site#refurbishPerMonth()}). */
    REFURBISH,
    /** Trains volunteers and digital mediators. */
    TRAIN,
    /** Hands refurbished devices to beneficiaries through prescribers. */
    DISTRIBUTE,
    /** Runs Repair Cafés (possibly travelling ones). */
    REPAIR_CAFE,
    /** Provides after-donation support ("Service Après Don"). */
    SUPPORT
}
