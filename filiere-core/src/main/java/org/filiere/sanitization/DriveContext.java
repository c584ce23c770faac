package org.filiere.sanitization;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.filiere.device.AtaSecurity;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.internal.Require;

/**
 * What decides whether a technique can run on this drive at this station: the kind of medium, the firmware
 * techniques the drive reports supporting, its ATA Security state, and whether the station can send ATA
 * commands to it (a USB bridge usually cannot). Immutable and thread-safe.
 *
 * <pre>{@code
 * DriveContext ssd = DriveContext.of(MediaType.ATA_SSD)
 *         .withCapabilities(Set.of(Technique.ATA_SECURITY_ERASE, Technique.ATA_SANITIZE_BLOCK_ERASE))
 *         .withSecurityFrozen(true);
 * }</pre>
 *
 * @param media                the kind of medium
 * @param capabilities         firmware techniques the drive supports (overwrite, reinstall, factory reset and
 *                             destruction are always possible and need not be listed)
 * @param securityFrozen       ATA Security is frozen (SECURITY FREEZE LOCK issued by the BIOS)
 * @param securityLocked       ATA Security is enabled and the drive is locked
 * @param securityCountExpired the drive's unlock-attempt counter ran out
 * @param ataPassThrough       the station can send ATA commands to this drive
 */
public record DriveContext(MediaType media, Set<Technique> capabilities, boolean securityFrozen,
                           boolean securityLocked, boolean securityCountExpired, boolean ataPassThrough) {
    public DriveContext {
        Require.nonNull(media, "media");
        capabilities = capabilities == null || capabilities.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(Require.copy(capabilities, "capabilities")));
    }

    /** A drive of {@code media} with no firmware capability, security not frozen or locked, ATA pass-through. */
    public static DriveContext of(MediaType media) {
        return new DriveContext(media, Set.of(), false, false, false, true);
    }

    /**
     * The context of a known medium: its reported techniques and ATA Security state (none when unknown).
     *
     * @param ataPassThrough whether the station's path to the drive carries ATA commands
     */
    public static DriveContext of(StorageMedium medium, boolean ataPassThrough) {
        Require.nonNull(medium, "medium");
        AtaSecurity s = medium.security();
        return new DriveContext(medium.type(), medium.supportedTechniques(), s != null && s.frozen(),
                s != null && s.locked(), s != null && s.countExpired(), ataPassThrough);
    }

    /** A copy with these capabilities. */
    public DriveContext withCapabilities(Collection<Technique> techniques) {
        return new DriveContext(media, techniques == null ? Set.of() : Set.copyOf(techniques), securityFrozen,
                securityLocked, securityCountExpired, ataPassThrough);
    }

    /** A copy with ATA Security frozen or not. */
    public DriveContext withSecurityFrozen(boolean frozen) {
        return new DriveContext(media, capabilities, frozen, securityLocked, securityCountExpired, ataPassThrough);
    }

    /** A copy with ATA Security locked or not. */
    public DriveContext withSecurityLocked(boolean locked) {
        return new DriveContext(media, capabilities, securityFrozen, locked, securityCountExpired, ataPassThrough);
    }

    /** A copy with the unlock-attempt counter expired or not. */
    public DriveContext withSecurityCountExpired(boolean expired) {
        return new DriveContext(media, capabilities, securityFrozen, securityLocked, expired, ataPassThrough);
    }

    /** A copy with or without ATA pass-through at the station. */
    public DriveContext withAtaPassThrough(boolean passThrough) {
        return new DriveContext(media, capabilities, securityFrozen, securityLocked, securityCountExpired, passThrough);
    }
}
