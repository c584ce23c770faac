package org.filiere.device;

/**
 * The category of a donated device. The names are part of the CLI and JSON contract. Immutable and thread-safe.
 */
public enum DeviceCategory {
    LAPTOP, DESKTOP, ALL_IN_ONE, SCREEN, TABLET, SMARTPHONE, SERVER, PRINTER, PERIPHERAL, OTHER
}
