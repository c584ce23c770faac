package org.filiere.reporting.testdata;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.filiere.device.MediaType;
import org.filiere.ledger.LedgerEntry;
import org.filiere.sanitization.CertificateStatus;
import org.filiere.sanitization.ErrorCounts;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.Technique;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.ToolInfo;
import org.filiere.sanitization.Verification;
import org.filiere.sanitization.VerificationMode;

/** Sample domain values shared by reporting tests. */
public final class Samples {
    public static final Instant T0 = Instant.parse("2026-06-02T07:00:00Z");

    private Samples() {
    }

    /** A verified nwipe zero overwrite of an HDD with no hidden areas: meets CLEAR, not PURGE. */
    public static SanitizationRecord nwipeHdd(String serial) {
        return new SanitizationRecord(serial, MediaType.ATA_HDD, Technique.OVERWRITE,
                new TechniqueParameters("zero", 2, "0x00", 1, VerificationMode.FULL, false),
                new ToolInfo("nwipe", "0.33"), T0, T0.plusSeconds(3 * 3600 + 25 * 60 + 7),
                new SanitizationResult.Completed(), new Verification(VerificationMode.FULL, true, 0, "verified last pass"),
                ErrorCounts.NONE, HiddenAreaStatus.ABSENT, 500107862016L, "Camille Martin", "miraille",
                "3b1f0c9a4e6d2b8f7a5c1e0d9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a");
    }

    /** A verified NVMe sanitize block erase: meets PURGE. */
    public static SanitizationRecord nvmePurge(String serial) {
        return new SanitizationRecord(serial, MediaType.NVME_SSD, Technique.NVME_SANITIZE_BLOCK_ERASE,
                TechniqueParameters.firmware("sanitize-block-erase", VerificationMode.SAMPLED),
                new ToolInfo("nvme-cli", "2.3"), T0, T0.plusSeconds(95), new SanitizationResult.Completed(),
                new Verification(VerificationMode.SAMPLED, true, 0, "SPROG=65535 SSTAT=0x101; 1000 subsections, 10 %"),
                ErrorCounts.NONE, HiddenAreaStatus.NOT_APPLICABLE, 256060514304L, "Camille Martin", "miraille", null);
    }

    /** An nwipe overwrite of an ATA HDD whose hidden areas were not checked. */
    public static SanitizationRecord hddHiddenUnknown(String serial) {
        SanitizationRecord r = nwipeHdd(serial);
        return new SanitizationRecord(serial, r.mediaType(), r.technique(), r.parameters(), r.tool(), r.startedAt(),
                r.endedAt(), r.result(), r.verification(), r.errors(), HiddenAreaStatus.UNKNOWN, r.bytesErased(),
                r.operator(), r.siteId(), r.rawLogSha256());
    }

    /** A failed nwipe run (verification errors). */
    public static SanitizationRecord failed(String serial) {
        return new SanitizationRecord(serial, MediaType.ATA_HDD, Technique.OVERWRITE,
                new TechniqueParameters("zero", 2, "0x00", 1, VerificationMode.FULL, false),
                new ToolInfo("nwipe", "0.33"), T0, T0.plusSeconds(600),
                new SanitizationResult.Failed("65536 verification errors"),
                new Verification(VerificationMode.FULL, false, 65536, "not zeroed"),
                new ErrorCounts(0, 65536, 0), HiddenAreaStatus.ABSENT, 0, "Camille Martin", "miraille", null);
    }

    /** A shredded USB stick: DESTROY. */
    public static SanitizationRecord shredded(String serial) {
        return new SanitizationRecord(serial, MediaType.USB_FLASH, Technique.DESTROY_SHRED,
                new TechniqueParameters("shred 2 mm", null, null, null, VerificationMode.VISUAL_INSPECTION, null),
                new ToolInfo("shredder HSM", "unknown"), T0, T0.plusSeconds(60), new SanitizationResult.Completed(),
                new Verification(VerificationMode.VISUAL_INSPECTION, true, 0, "particles ≤ 2 mm"),
                ErrorCounts.NONE, HiddenAreaStatus.NOT_APPLICABLE, 0, "Dominique", "miraille", null);
    }

    /** A certificate request for a company's medium requiring {@code level}. */
    public static org.filiere.reporting.certificate.CertificateRequest request(SanitizationRecord r,
            org.filiere.sanitization.Level level) {
        return new org.filiere.reporting.certificate.CertificateRequest(level, "NIST SP 800-88r1",
                "CONV-2026-007", new org.filiere.reporting.certificate.Party("Transalpine Logistique SAS",
                        org.filiere.cession.DonorKind.COMPANY, "44321759400011"),
                "E&S / La Miraille (hub)",
                new org.filiere.reporting.certificate.Person("Camille Martin", "Bénévole technicienne",
                        "Environnement et Solidarité", "Gap", "+33 4 92 00 00 00"),
                new org.filiere.reporting.certificate.Person("Dominique Roux", "Coordinatrice",
                        "Environnement et Solidarité", "Gap", null),
                new org.filiere.reporting.certificate.MediaInformation("Western Digital", "WD5000LPCX",
                        r.mediumSerial(), "INV-0042-D1", r.mediaType(), 500107862016L, null,
                        "HP EliteBook 840 G5 (5CG8401ABC)", org.filiere.cession.Confidentiality.MODERATE,
                        org.filiere.reporting.certificate.DataBackedUp.NO, null),
                new org.filiere.reporting.certificate.Destination(
                        org.filiere.reporting.certificate.MediaDestination.EXTERNAL_REUSE,
                        "Reconditionné sous Linux Mint, remis à un bénéficiaire"),
                null);
    }

    /** One entry of every kind. */
    public static List<LedgerEntry> everyKindOfEntry() {
        return List.of(
                new LedgerEntry.CustodyRecorded("5CG8401ABC", new org.filiere.custody.CustodyEvent.Received(
                        T0.minusSeconds(86400), "Zoé « accueil »", "miraille", "CONV-2026-007",
                        Map.of("WD-WCC4N1234567", org.filiere.sanitization.Level.CLEAR))),
                new LedgerEntry.WipeStarted("WD-WCC4N1234567", "/dev/sdb", Technique.OVERWRITE, "nwipe", T0),
                new LedgerEntry.SanitizationRecorded(nwipeHdd("WD-WCC4N1234567")),
                new LedgerEntry.WipeStarted("S4DXNF0M400001", "/dev/nvme0n1", Technique.NVME_SANITIZE_BLOCK_ERASE,
                        "nvme-cli", T0),
                new LedgerEntry.WipeInterrupted("S4DXNF0M400001", "operator abort", T0.plusSeconds(5)),
                new LedgerEntry.SanitizationRecorded(failed("Z1D2X3")),
                new LedgerEntry.CertificateIssued("CERT-20260602-abc", "WD-WCC4N1234567", CertificateStatus.ERASED,
                        "certificates/CERT-20260602-abc.json", T0.plusSeconds(20000)));
    }
}
