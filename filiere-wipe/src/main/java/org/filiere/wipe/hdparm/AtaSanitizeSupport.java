package org.filiere.wipe.hdparm;

/**
 * The ATA SANITIZE feature set as {@code hdparm -I} lists it. Immutable.
 *
 * @param supported       {@code SANITIZE feature set} is listed
 * @param blockErase      {@code BLOCK_ERASE_EXT command} is listed
 * @param cryptoScramble  {@code CRYPTO_SCRAMBLE_EXT command} is listed
 * @param overwrite       {@code OVERWRITE_EXT command} is listed
 */
public record AtaSanitizeSupport(boolean supported, boolean blockErase, boolean cryptoScramble, boolean overwrite) {
    /** No SANITIZE support. */
    public static final AtaSanitizeSupport NONE = new AtaSanitizeSupport(false, false, false, false);
}
