package org.filiere.custody;

/**
 * How a medium was physically destroyed: the DESTROY methods of NIST SP 800-88 Rev. 1 §2.5 (and the
 * EN 15713 shredding / disintegration used by DeviceHub's {@code ErasePhysical}).
 */
public enum DestructionMethod {
    SHRED, DISINTEGRATE, PULVERIZE, MELT, INCINERATE
}
