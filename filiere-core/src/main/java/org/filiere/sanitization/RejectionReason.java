package org.filiere.sanitization;

import org.filiere.text.BilingualText;

/**
 * Why a technique cannot be used for this medium, drive and station, with the remedy where there is one.
 * The names are stable codes (JSON {@code reasonCode}).
 */
public enum RejectionReason {
    /** The technique does not exist for this kind of medium (an NVMe command on a SATA disk, overwrite on a phone). */
    NOT_APPLICABLE_TO_MEDIUM(null),
    /** The technique exists for this medium but reaches a lower level than required (overwrite on flash for PURGE). */
    BELOW_REQUIRED_LEVEL(null),
    /** A firmware technique the drive does not report supporting. */
    NOT_SUPPORTED_BY_DRIVE(null),
    /** An ATA command, and the station reaches the drive through a bridge without ATA pass-through. */
    NO_ATA_PASS_THROUGH(new BilingualText(
            "brancher le disque sur un port SATA direct ou un dock avec relais ATA (pass-through)",
            "connect the drive to a direct SATA port or a dock with ATA pass-through")),
    /** ATA Security is frozen by the BIOS: SECURITY ERASE UNIT is refused. */
    SECURITY_FROZEN(new BilingualText(
            "dégeler le disque : mise en veille puis réveil de la station (suspend-to-RAM), ou débrancher et"
                    + " rebrancher le disque à chaud",
            "unfreeze the drive: suspend the station to RAM and resume, or hot-unplug and re-plug the drive")),
    /** ATA Security is enabled and the drive is locked: it refuses access until unlocked. */
    SECURITY_LOCKED(new BilingualText(
            "déverrouiller avec le mot de passe utilisateur (hdparm --security-unlock) puis désactiver la sécurité"
                    + " (hdparm --security-disable)",
            "unlock with the user password (hdparm --security-unlock) then disable security"
                    + " (hdparm --security-disable)")),
    /** The drive's unlock-attempt counter ran out. */
    SECURITY_COUNT_EXPIRED(new BilingualText(
            "éteindre puis rallumer le disque avant toute nouvelle tentative",
            "power-cycle the drive before any further attempt"));

    private final BilingualText remedy;

    RejectionReason(BilingualText remedy) {
        this.remedy = remedy;
    }

    /** What would make the technique possible, or null when nothing at the station can. */
    public BilingualText remedy() {
        return remedy;
    }
}
