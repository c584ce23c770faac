package org.filiere.sanitization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.filiere.cession.Confidentiality;
import org.filiere.cession.DonorKind;
import org.filiere.device.MediaType;
import org.filiere.internal.Require;
import org.filiere.text.BilingualText;

/**
 * The sanitization decision: which level a medium needs (from a {@link SanitizationPolicy}) and which
 * techniques reach it on this drive at this station ({@link Techniques} matrix + {@link DriveContext}
 * feasibility), with verification requirements and standard references. Pure functions: no I/O, no clock,
 * no state; thread-safe. The CLI's {@code filiere policy}, the wipe planner and the station all call it.
 *
 * <pre>{@code
 * SanitizationDecision d = Sanitization.decide(SanitizationPolicy.standard(), DonorKind.COMPANY,
 *         Confidentiality.MODERATE, DriveContext.of(MediaType.USB_FLASH));
 * d.requiredLevel();        // PURGE
 * d.destructionReason();    // Optional[NO_TECHNIQUE_FOR_MEDIUM]
 * d.preferred().technique(); // DESTROY_DISINTEGRATE
 * }</pre>
 */
public final class Sanitization {
    private Sanitization() {
    }

    /**
     * Decides for one medium from the donor and agreement.
     *
     * @param policy          the policy giving the required level
     * @param donor           who gave the device
     * @param confidentiality the agreement's confidentiality, or null when it states none
     * @param drive           the drive and station context
     */
    public static SanitizationDecision decide(SanitizationPolicy policy, DonorKind donor,
                                              Confidentiality confidentiality, DriveContext drive) {
        Require.nonNull(policy, "policy");
        Require.nonNull(drive, "drive");
        LevelRequirement requirement = Require.nonNull(policy.requiredLevel(donor, confidentiality, drive.media()),
                "policy.requiredLevel");
        return decide(requirement, drive);
    }

    /** Decides for one medium whose required level is already known (the wipe planner's case). */
    public static SanitizationDecision decide(LevelRequirement requirement, DriveContext drive) {
        Require.nonNull(requirement, "requirement");
        Require.nonNull(drive, "drive");
        Level required = requirement.level();
        List<AcceptableTechnique> acceptable = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Technique t : considered(drive)) {
            Optional<Rejection> rejection = assess(t, required, drive);
            if (rejection.isPresent()) {
                rejected.add(rejection.get());
            } else {
                MatrixEntry e = Techniques.entry(drive.media(), t).orElseThrow();
                acceptable.add(new AcceptableTechnique(t, e.level(), VerificationRequirement.forTechnique(t),
                        e.reference()));
            }
        }
        DestructionReason destruction = null;
        BilingualText because = requirement.because();
        if (acceptable.get(0).technique().isDestructive()) {
            destruction = destructionReason(required, drive.media());
            because = because.then(". ", explain(destruction, required, drive.media()));
        }
        return new SanitizationDecision(drive.media(), requirement, because, acceptable, rejected, destruction);
    }

    /**
     * Whether {@code technique} can be used to reach {@code required} on this drive at this station: empty
     * when it can, otherwise the rejection with its reason. Checks, in order: applies to the medium, reaches
     * the level, supported by the drive, ATA path through the station, ATA Security state.
     */
    public static Optional<Rejection> assess(Technique technique, Level required, DriveContext drive) {
        Require.nonNull(technique, "technique");
        Require.nonNull(required, "required");
        Require.nonNull(drive, "drive");
        MediaType media = drive.media();
        Optional<MatrixEntry> entry = Techniques.entry(media, technique);
        if (entry.isEmpty()) {
            return reject(technique, RejectionReason.NOT_APPLICABLE_TO_MEDIUM, null, new BilingualText(
                    "ne s'applique pas à ce type de support (" + media + ")",
                    "does not apply to this kind of medium (" + media + ")"), null);
        }
        MatrixEntry e = entry.get();
        if (!e.level().satisfies(required)) {
            return reject(technique, RejectionReason.BELOW_REQUIRED_LEVEL, e.level(), new BilingualText(
                    "n'atteint que " + e.level() + " sur " + media + ", " + required + " requis",
                    "reaches only " + e.level() + " on " + media + ", " + required + " required"), e.reference());
        }
        if (technique.needsDriveCapability() && !drive.capabilities().contains(technique)) {
            return reject(technique, RejectionReason.NOT_SUPPORTED_BY_DRIVE, null, new BilingualText(
                    "le disque ne signale pas prendre en charge cette commande",
                    "the drive does not report supporting this command"), null);
        }
        boolean ataCommand = media.isAta() && (technique.isAta() || technique == Technique.TCG_CRYPTO_ERASE);
        if (ataCommand && !drive.ataPassThrough()) {
            return reject(technique, RejectionReason.NO_ATA_PASS_THROUGH, null, new BilingualText(
                    "commande ATA impossible : le poste atteint ce disque par un pont sans relais ATA",
                    "ATA command impossible: the station reaches this drive through a bridge without ATA"
                            + " pass-through"), null);
        }
        if (media.isAta() && drive.securityLocked() && !technique.isDestructive()) {
            return reject(technique, RejectionReason.SECURITY_LOCKED, null, new BilingualText(
                    "disque verrouillé par la sécurité ATA : il refuse l'accès",
                    "drive locked by ATA Security: it refuses access"), null);
        }
        if (technique.isAtaSecurity() && drive.securityCountExpired()) {
            return reject(technique, RejectionReason.SECURITY_COUNT_EXPIRED, null, new BilingualText(
                    "compteur de tentatives de déverrouillage épuisé",
                    "unlock-attempt counter expired"), null);
        }
        if (technique.isAtaSecurity() && drive.securityFrozen()) {
            return reject(technique, RejectionReason.SECURITY_FROZEN, null, new BilingualText(
                    "sécurité ATA gelée (frozen) par le BIOS : SECURITY ERASE UNIT serait refusé",
                    "ATA Security frozen by the BIOS: SECURITY ERASE UNIT would be refused"), null);
        }
        return Optional.empty();
    }

    /**
     * The techniques a decision looks at, most preferred first: the medium's matrix row, then the techniques
     * that are always possible elsewhere (overwrite, destruction) so that their absence is explained, then
     * any capability the drive claims that does not apply to the medium.
     */
    private static Set<Technique> considered(DriveContext drive) {
        Set<Technique> out = new LinkedHashSet<>();
        for (MatrixEntry e : Techniques.entries(drive.media())) {
            out.add(e.technique());
        }
        out.add(Technique.OVERWRITE);
        out.add(Technique.DESTROY_DISINTEGRATE);
        out.add(Technique.DESTROY_SHRED);
        out.addAll(drive.capabilities());
        return out;
    }

    private static Optional<Rejection> reject(Technique t, RejectionReason reason, Level reaches, BilingualText why,
                                              StandardReference reference) {
        BilingualText message = why;
        if (reason.remedy() != null) {
            message = new BilingualText(why.fr() + " ; remède : " + reason.remedy().fr(),
                    why.en() + "; remedy: " + reason.remedy().en());
        }
        return Optional.of(new Rejection(t, reason, reaches, message, reference));
    }

    private static DestructionReason destructionReason(Level required, MediaType media) {
        if (required == Level.DESTROY) {
            return DestructionReason.LEVEL_REQUIRES_DESTRUCTION;
        }
        for (MatrixEntry e : Techniques.reaching(media, required)) {
            if (!e.technique().isDestructive()) {
                return DestructionReason.NONE_FEASIBLE_ON_DRIVE;
            }
        }
        return DestructionReason.NO_TECHNIQUE_FOR_MEDIUM;
    }

    private static BilingualText explain(DestructionReason reason, Level required, MediaType media) {
        switch (reason) {
            case LEVEL_REQUIRES_DESTRUCTION:
                return new BilingualText("Le niveau DESTROY impose la destruction physique du support",
                        "Level DESTROY requires the physical destruction of the medium");
            case NO_TECHNIQUE_FOR_MEDIUM:
                return new BilingualText("Aucune technique non destructive n'atteint " + required + " sur " + media
                        + " : le support doit être détruit (NIST SP 800-88 Rev. 1, annexe A)",
                        "No non-destructive technique reaches " + required + " on " + media
                                + ": the medium must be destroyed (NIST SP 800-88 Rev. 1, Appendix A)");
            default:
                return new BilingualText("Aucune des techniques qui atteignent " + required + " sur " + media
                        + " n'est possible sur ce disque à ce poste (voir les rejets et leurs remèdes) : destruction,"
                        + " sauf à lever l'obstacle",
                        "None of the techniques that reach " + required + " on " + media + " is possible on this"
                                + " drive at this station (see the rejections and their remedies): destruction,"
                                + " unless the obstacle is removed");
        }
    }
}
