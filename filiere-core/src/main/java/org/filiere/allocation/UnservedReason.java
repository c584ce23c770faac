package org.filiere.allocation;

/**
 * Why a request got no device, checked in this order against the AVAILABLE devices. The names are stable
 * codes for tools.
 */
public enum UnservedReason {
    /** No available device has the requested category. */
    NO_DEVICE_OF_CATEGORY,
    /** Devices of the category exist, but none has enough RAM. */
    NOT_ENOUGH_RAM,
    /** Devices of the category with enough RAM exist, but none of them has enough storage. */
    NOT_ENOUGH_STORAGE,
    /** Every device meeting the need went to requests served before this one (higher priority or older). */
    TAKEN_BY_HIGHER_PRIORITY
}
