package org.filiere.sanitization;

/** Why a decision ends in physical destruction. */
public enum DestructionReason {
    /** The required level is DESTROY (HIGH confidentiality under the default policy). */
    LEVEL_REQUIRES_DESTRUCTION,
    /** No non-destructive technique reaches the required level on this kind of medium (USB stick at PURGE). */
    NO_TECHNIQUE_FOR_MEDIUM,
    /**
     * Non-destructive techniques exist for this medium but none is possible on this drive at this station
     * (unsupported, frozen, no pass-through); the rejections say what would change that.
     */
    NONE_FEASIBLE_ON_DRIVE
}
