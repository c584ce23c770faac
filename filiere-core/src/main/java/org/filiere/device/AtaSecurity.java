package org.filiere.device;

/**
 * The ATA Security feature set state of a drive, as {@code hdparm -I} prints it. Immutable.
 *
 * @param supported              the drive supports the Security feature set
 * @param enabled                a user password is set
 * @param locked                 the drive refuses access until unlocked
 * @param frozen                 SECURITY FREEZE LOCK was issued (by the BIOS): security commands are refused
 * @param countExpired           the unlock-attempt counter ran out: a power cycle is needed
 * @param enhancedEraseSupported SECURITY ERASE UNIT in enhanced mode is supported
 * @param eraseMinutes           the drive's own estimate for SECURITY ERASE UNIT, or null
 * @param enhancedEraseMinutes   the drive's own estimate for the enhanced erase, or null
 */
public record AtaSecurity(boolean supported, boolean enabled, boolean locked, boolean frozen,
                          boolean countExpired, boolean enhancedEraseSupported,
                          Integer eraseMinutes, Integer enhancedEraseMinutes) {

    /** True when security commands can be sent now: supported, not frozen, not locked, count not expired. */
    public boolean commandsAccepted() {
        return supported && !frozen && !locked && !countExpired;
    }
}
