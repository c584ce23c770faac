package org.filiere.sanitization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.filiere.device.MediaType;
import org.filiere.internal.Require;

/**
 * The media × technique matrix: which level each technique reaches on each kind of medium, with the
 * standard that says so, and the order of preference of the techniques on that medium. Stateless and
 * thread-safe.
 *
 * <p>Sources: NIST SP 800-88 Rev. 1 Appendix A (Table A-3 mobile devices, Table A-5 magnetic media, Table A-8
 * flash memory) as summarised in the project's reference notes; NVMe Sanitize, which post-dates Rev. 1, is
 * PURGE per IEEE 2883-2022, to which NIST SP 800-88 Rev. 2 (September 2025) defers all technique details.
 * Where Rev. 2 / IEEE 2883 read differently, the entry's {@link StandardReference#note()} says so. The
 * rules that matter most:
 * <ul>
 *   <li>software overwrite is CLEAR on every block medium and never PURGE: on flash it cannot reach spare
 *       or remapped cells;</li>
 *   <li>ATA SECURITY ERASE UNIT is PURGE on an ATA hard disk but only CLEAR on an SSD;</li>
 *   <li>USB sticks, memory cards and eMMC have no PURGE technique: PURGE there means destruction;</li>
 *   <li>NVMe Format with user-data or cryptographic erase is PURGE;</li>
 *   <li>a technique of a higher level also satisfies the lower levels ({@link Level#satisfies(Level)}).</li>
 * </ul>
 *
 * <p>Preference on a medium: the techniques that reach the most with the least wear and the strongest
 * assurance come first; cryptographic erase comes after the block-erase and overwrite commands because its
 * PURGE claim rests on conditions the station cannot check (Rev. 1 §2.6); destruction comes last because the
 * network exists to reuse devices. On hard disks, nwipe's overwrite comes first: it is the network's chosen
 * tool, it is fully verified, and it does not wear magnetic media.
 *
 * <pre>{@code
 * Techniques.levelReached(MediaType.ATA_SSD, Technique.ATA_SECURITY_ERASE); // Optional[CLEAR]
 * Techniques.entry(MediaType.ATA_HDD, Technique.ATA_SECURITY_ERASE).get().reference().citation();
 *     // "NIST SP 800-88 Rev. 1, Appendix A, Table A-5 (magnetic media: ATA hard disk drives)"
 * }</pre>
 */
public final class Techniques {
    private static final String CE_CONDITIONS = "Purge only under the cryptographic erase conditions of Rev. 1 §2.6"
            + " (encryption was on before the data were written; every key, wrapped or escrowed, is accounted for);"
            + " Rev. 2 keeps a dedicated cryptographic erase section";
    private static final String SECURITY_ERASE_LEGACY = "IEEE 2883-2022, to which Rev. 2 defers, treats ATA SECURITY"
            + " ERASE UNIT as legacy (unverified); whether Rev. 1 requires the enhanced mode is unverified";
    private static final String OVERWRITE_ON_FLASH = "a software overwrite cannot reach spare or remapped flash cells:"
            + " Clear only, never Purge; discouraged on SSDs (wear)";
    private static final String SANITIZE_OVERWRITE_ON_FLASH = "Rev. 1 names only block erase and cryptographic erase"
            + " as Purge for this flash medium; IEEE 2883-2022 lists the sanitize overwrite command among Purge"
            + " commands (unverified): kept at Clear until checked";
    private static final String NVME_SANITIZE = "NVMe Sanitize (NVMe 1.3, 2017) post-dates and is not named by NIST SP"
            + " 800-88 Rev. 1; Purge per IEEE 2883-2022, to which Rev. 2 defers";

    private static final StandardReference ATA_HDD_REF = StandardReference.nistR1(
            "Appendix A, Table A-5 (magnetic media: ATA hard disk drives)", null, false);
    private static final StandardReference SCSI_HDD_REF = StandardReference.nistR1(
            "Appendix A, Table A-5 (magnetic media: SCSI hard disk drives)", null, false);
    private static final String ATA_SSD_SECTION = "Appendix A, Table A-8 (flash memory: ATA solid state drives)";
    private static final String SCSI_SSD_SECTION = "Appendix A, Table A-8 (flash memory: SCSI solid state drives)";
    private static final String NVME_SECTION = "Appendix A, Table A-8 (flash memory: NVM Express SSDs)";

    private static final Map<MediaType, Map<Technique, MatrixEntry>> MATRIX = new EnumMap<>(MediaType.class);

    static {
        StandardReference reinstall = new StandardReference(StandardReference.WORKSHOP,
                "§4, theme 1 (protocole d'effacement certifié): « particuliers → réinstallation Linux suffit »",
                "not a NIST SP 800-88 level: the network's rule for individuals' computers", true);
        StandardReference destroy = StandardReference.nistR1("§2.5 (Destroy) and Appendix A",
                "shred, disintegrate, pulverize or incinerate; Rev. 2 drops degaussing as a Destroy technique and"
                        + " defers particle sizes to NSA / IEEE 2883 (unverified)", false);
        StandardReference destroyFlash = StandardReference.nistR1("§2.5 (Destroy) and Appendix A, Table A-8",
                "flash chips must be broken: disintegration is preferred to shredding; Rev. 2 defers particle sizes"
                        + " to NSA / IEEE 2883 (unverified)", false);

        row(MediaType.ATA_HDD,
                e(Technique.OS_REINSTALL, Level.REINSTALL, reinstall),
                e(Technique.OVERWRITE, Level.CLEAR, note(ATA_HDD_REF,
                        "at least one pass of a fixed value over all user-addressable sectors, then verified")),
                e(Technique.ATA_SANITIZE_OVERWRITE, Level.PURGE, note(ATA_HDD_REF,
                        "the ATA SANITIZE feature set is preferred to SECURITY ERASE UNIT when both exist;"
                                + " IEEE 2883-2022 agrees (unverified)")),
                e(Technique.ATA_SECURITY_ERASE_ENHANCED, Level.PURGE, note(ATA_HDD_REF, SECURITY_ERASE_LEGACY)),
                e(Technique.ATA_SECURITY_ERASE, Level.PURGE, note(ATA_HDD_REF, SECURITY_ERASE_LEGACY)),
                e(Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE, Level.PURGE, note(ATA_HDD_REF, CE_CONDITIONS)),
                e(Technique.TCG_CRYPTO_ERASE, Level.PURGE, note(ATA_HDD_REF, "TCG Opal/Enterprise; " + CE_CONDITIONS)),
                e(Technique.DESTROY_SHRED, Level.DESTROY, destroy),
                e(Technique.DESTROY_DISINTEGRATE, Level.DESTROY, destroy));

        row(MediaType.SCSI_HDD,
                e(Technique.OS_REINSTALL, Level.REINSTALL, reinstall),
                e(Technique.OVERWRITE, Level.CLEAR, note(SCSI_HDD_REF,
                        "at least one pass over all user-addressable sectors, then verified")),
                e(Technique.SCSI_SANITIZE_OVERWRITE, Level.PURGE, SCSI_HDD_REF),
                e(Technique.SCSI_SANITIZE_CRYPTO_ERASE, Level.PURGE, note(SCSI_HDD_REF, CE_CONDITIONS)),
                e(Technique.TCG_CRYPTO_ERASE, Level.PURGE, note(SCSI_HDD_REF, "TCG Opal/Enterprise; " + CE_CONDITIONS)),
                e(Technique.DESTROY_SHRED, Level.DESTROY, destroy),
                e(Technique.DESTROY_DISINTEGRATE, Level.DESTROY, destroy));

        row(MediaType.ATA_SSD,
                e(Technique.OS_REINSTALL, Level.REINSTALL, reinstall),
                e(Technique.ATA_SANITIZE_BLOCK_ERASE, Level.PURGE, StandardReference.nistR1(ATA_SSD_SECTION, null, false)),
                e(Technique.ATA_SANITIZE_CRYPTO_SCRAMBLE, Level.PURGE,
                        StandardReference.nistR1(ATA_SSD_SECTION, CE_CONDITIONS, false)),
                e(Technique.TCG_CRYPTO_ERASE, Level.PURGE,
                        StandardReference.nistR1(ATA_SSD_SECTION, "TCG Opal/Enterprise; " + CE_CONDITIONS, false)),
                e(Technique.ATA_SECURITY_ERASE_ENHANCED, Level.CLEAR, StandardReference.nistR1(ATA_SSD_SECTION,
                        "ATA SECURITY ERASE UNIT is Purge on magnetic media but only Clear on flash; "
                                + SECURITY_ERASE_LEGACY, false)),
                e(Technique.ATA_SECURITY_ERASE, Level.CLEAR, StandardReference.nistR1(ATA_SSD_SECTION,
                        "ATA SECURITY ERASE UNIT is Purge on magnetic media but only Clear on flash; "
                                + SECURITY_ERASE_LEGACY, false)),
                e(Technique.ATA_SANITIZE_OVERWRITE, Level.CLEAR,
                        StandardReference.nistR1(ATA_SSD_SECTION, SANITIZE_OVERWRITE_ON_FLASH, false)),
                e(Technique.OVERWRITE, Level.CLEAR, StandardReference.nistR1(ATA_SSD_SECTION, OVERWRITE_ON_FLASH, false)),
                e(Technique.DESTROY_DISINTEGRATE, Level.DESTROY, destroyFlash),
                e(Technique.DESTROY_SHRED, Level.DESTROY, destroyFlash));

        row(MediaType.SCSI_SSD,
                e(Technique.OS_REINSTALL, Level.REINSTALL, reinstall),
                e(Technique.SCSI_SANITIZE_BLOCK_ERASE, Level.PURGE, StandardReference.nistR1(SCSI_SSD_SECTION, null, false)),
                e(Technique.SCSI_SANITIZE_CRYPTO_ERASE, Level.PURGE,
                        StandardReference.nistR1(SCSI_SSD_SECTION, CE_CONDITIONS, false)),
                e(Technique.TCG_CRYPTO_ERASE, Level.PURGE,
                        StandardReference.nistR1(SCSI_SSD_SECTION, "TCG Opal/Enterprise; " + CE_CONDITIONS, false)),
                e(Technique.SCSI_SANITIZE_OVERWRITE, Level.CLEAR,
                        StandardReference.nistR1(SCSI_SSD_SECTION, SANITIZE_OVERWRITE_ON_FLASH, false)),
                e(Technique.OVERWRITE, Level.CLEAR, StandardReference.nistR1(SCSI_SSD_SECTION, OVERWRITE_ON_FLASH, false)),
                e(Technique.DESTROY_DISINTEGRATE, Level.DESTROY, destroyFlash),
                e(Technique.DESTROY_SHRED, Level.DESTROY, destroyFlash));

        row(MediaType.NVME_SSD,
                e(Technique.OS_REINSTALL, Level.REINSTALL, reinstall),
                e(Technique.NVME_SANITIZE_BLOCK_ERASE, Level.PURGE,
                        new StandardReference(StandardReference.IEEE_2883, "Purge, NVMe Sanitize (Block Erase)",
                                NVME_SANITIZE, false)),
                e(Technique.NVME_SANITIZE_CRYPTO_ERASE, Level.PURGE,
                        new StandardReference(StandardReference.IEEE_2883, "Purge, NVMe Sanitize (Crypto Erase)",
                                NVME_SANITIZE + "; " + CE_CONDITIONS, false)),
                e(Technique.NVME_FORMAT_USER_DATA_ERASE, Level.PURGE, StandardReference.nistR1(NVME_SECTION,
                        "Format NVM with Secure Erase Settings = 1 (User Data Erase); whether IEEE 2883-2022 keeps"
                                + " Format as Purge is unverified", false)),
                e(Technique.NVME_FORMAT_CRYPTO_ERASE, Level.PURGE, StandardReference.nistR1(NVME_SECTION,
                        "Format NVM with Secure Erase Settings = 2 (Cryptographic Erase); " + CE_CONDITIONS, false)),
                e(Technique.NVME_SANITIZE_OVERWRITE, Level.PURGE,
                        new StandardReference(StandardReference.IEEE_2883, "Purge, NVMe Sanitize (Overwrite)",
                                NVME_SANITIZE + "; after block and crypto erase in preference: it wears flash", false)),
                e(Technique.TCG_CRYPTO_ERASE, Level.PURGE,
                        StandardReference.nistR1(NVME_SECTION, "TCG Opal/Enterprise; " + CE_CONDITIONS, false)),
                e(Technique.OVERWRITE, Level.CLEAR, StandardReference.nistR1(NVME_SECTION,
                        "Clear by overwrite is not spelled out for NVMe in Rev. 1 (unverified); " + OVERWRITE_ON_FLASH,
                        false)),
                e(Technique.DESTROY_DISINTEGRATE, Level.DESTROY, destroyFlash),
                e(Technique.DESTROY_SHRED, Level.DESTROY, destroyFlash));

        row(MediaType.USB_FLASH,
                e(Technique.OVERWRITE, Level.CLEAR, StandardReference.nistR1(
                        "Appendix A, Table A-8 (flash memory: USB removable media)",
                        "Purge is generally not available: « For most cases where Purging is desired, USB removable"
                                + " media should be Destroyed »; Clear overwrite pattern + complement (unverified)",
                        false)),
                e(Technique.DESTROY_DISINTEGRATE, Level.DESTROY, destroyFlash),
                e(Technique.DESTROY_SHRED, Level.DESTROY, destroyFlash));

        row(MediaType.MEMORY_CARD,
                e(Technique.OVERWRITE, Level.CLEAR, StandardReference.nistR1(
                        "Appendix A, Table A-8 (flash memory: memory cards)",
                        "no standardised Purge technique: Purge means Destroy", false)),
                e(Technique.DESTROY_DISINTEGRATE, Level.DESTROY, destroyFlash),
                e(Technique.DESTROY_SHRED, Level.DESTROY, destroyFlash));

        row(MediaType.EMMC,
                e(Technique.OS_REINSTALL, Level.REINSTALL, reinstall),
                e(Technique.OVERWRITE, Level.CLEAR, StandardReference.nistR1(
                        "Appendix A, Table A-8 (flash memory: embedded flash on boards and devices)",
                        "no standardised Purge technique reachable from the host: Purge means Destroy", false)),
                e(Technique.DESTROY_DISINTEGRATE, Level.DESTROY, destroyFlash),
                e(Technique.DESTROY_SHRED, Level.DESTROY, destroyFlash));

        row(MediaType.MOBILE,
                e(Technique.FACTORY_RESET, Level.CLEAR, StandardReference.nistR1(
                        "Appendix A, Table A-3 (mobile devices)",
                        "manufacturer factory reset; a crypto-erase-based reset may be Purge where device encryption"
                                + " is guaranteed (unverified), which this vocabulary cannot establish: Purge means"
                                + " Destroy", false)),
                e(Technique.DESTROY_DISINTEGRATE, Level.DESTROY, destroyFlash),
                e(Technique.DESTROY_SHRED, Level.DESTROY, destroyFlash));

        for (MediaType m : MediaType.values()) {
            if (!MATRIX.containsKey(m)) {
                throw new IllegalStateException("no matrix row for " + m);
            }
        }
    }

    private Techniques() {
    }

    private static StandardReference note(StandardReference base, String note) {
        return new StandardReference(base.document(), base.section(), note, base.verified());
    }

    /** A cell before its row's medium is known. */
    private record Cell(Technique technique, Level level, StandardReference reference) {
    }

    private static Cell e(Technique t, Level l, StandardReference r) {
        return new Cell(t, l, r);
    }

    private static void row(MediaType media, Cell... cells) {
        // LinkedHashMap keeps the order of preference in which the row is written.
        Map<Technique, MatrixEntry> row = new LinkedHashMap<>();
        for (Cell c : cells) {
            if (row.put(c.technique(), new MatrixEntry(media, c.technique(), c.level(), c.reference())) != null) {
                throw new IllegalStateException("duplicate matrix entry " + media + " × " + c.technique());
            }
        }
        MATRIX.put(media, Collections.unmodifiableMap(row));
    }

    /** The level {@code technique} reaches on {@code media}, or empty when it does not apply there. */
    public static Optional<Level> levelReached(MediaType media, Technique technique) {
        return entry(media, technique).map(MatrixEntry::level);
    }

    /** The matrix cell for {@code technique} on {@code media}, or empty when it does not apply there. */
    public static Optional<MatrixEntry> entry(MediaType media, Technique technique) {
        Require.nonNull(media, "media");
        Require.nonNull(technique, "technique");
        return Optional.ofNullable(MATRIX.get(media).get(technique));
    }

    /** Every technique that applies to {@code media}, most preferred first. */
    public static List<MatrixEntry> entries(MediaType media) {
        Require.nonNull(media, "media");
        return List.copyOf(MATRIX.get(media).values());
    }

    /** The techniques that reach at least {@code level} on {@code media}, most preferred first. */
    public static List<MatrixEntry> reaching(MediaType media, Level level) {
        Require.nonNull(level, "level");
        List<MatrixEntry> out = new ArrayList<>();
        for (MatrixEntry e : entries(media)) {
            if (e.level().satisfies(level)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }
}
