package org.filiere.allocation;

/**
 * An accessibility need stated in a request. These needs are met by configuring Linux Mint at handover
 * (Orca, magnifier, contrast, keyboard settings) or by adding a peripheral; they do not restrict which
 * device is matched, they travel with the request to the mediator who prepares the delivery.
 */
public enum AccessibilityNeed {
    SCREEN_READER, SCREEN_MAGNIFIER, HIGH_CONTRAST, LARGE_PRINT_KEYBOARD, SIMPLIFIED_DESKTOP, HEARING
}
