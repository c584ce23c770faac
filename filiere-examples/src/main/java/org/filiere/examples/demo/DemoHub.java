package org.filiere.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filiere.FiliereException;
import org.filiere.cession.AttestationPolicy;
import org.filiere.cession.CessionAgreement;
import org.filiere.device.AtaSecurity;
import org.filiere.device.Device;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.reporting.document.AgreementCheck;
import org.filiere.reporting.document.AgreementDocument;
import org.filiere.reporting.document.AgreementDocuments;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.sanitization.DefaultSanitizationPolicy;
import org.filiere.sanitization.DriveContext;
import org.filiere.sanitization.ErrorCounts;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.SanitizationRecord;
import org.filiere.sanitization.SanitizationResult;
import org.filiere.sanitization.TechniqueParameters;
import org.filiere.sanitization.ToolInfo;
import org.filiere.sanitization.Verification;
import org.filiere.sanitization.VerificationMode;
import org.filiere.sanitization.Sanitization;
import org.filiere.sanitization.SanitizationDecision;
import org.filiere.sanitization.Technique;
import org.filiere.wipe.engine.OverwriteOptions;
import org.filiere.wipe.engine.WipeJob;
import org.filiere.wipe.engine.WipeTarget;
import org.filiere.wipe.station.Dock;
import org.filiere.wipe.station.OpeningHours;
import org.filiere.wipe.station.SimulatedDrive;
import org.filiere.wipe.station.SimulatedEngine;
import org.filiere.wipe.station.Station;
import org.filiere.wipe.station.StationTask;
import org.filiere.wipe.station.Workload;

/**
 * The demo's worked example: the hub of La Miraille with one 8-bay USB 3.0 dock and one single SATA bay, open
 * Tuesday to Saturday 9:00–17:00, three donation agreements shipped as resources, what the intake inspection
 * found on each medium (simulated), the policy's decision for each medium and the station tasks that follow.
 * Stateless and thread-safe.
 */
public final class DemoHub {
    /** The agreements shipped with the demo (classpath). */
    public static final List<String> AGREEMENTS = List.of("/examples/demo/agreement-departement.json",
            "/examples/demo/agreement-company.json", "/examples/demo/agreement-individual.json");
    /** The hub's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** The run starts on Tuesday 16 June 2026 at 9:00, the first opening after the collections. */
    public static final Instant START = ZonedDateTime.of(2026, 6, 16, 9, 0, 0, 0, ZONE).toInstant();
    /** Volunteers' handling time per disk. */
    public static final Duration HANDLING = Duration.ofMinutes(2);
    /** Overwrite speed the planner assumes for a hard disk, MB/s. */
    public static final double HDD_MBPS = 120;

    private DemoHub() {
    }

    /** The station: usb8 (8 bays, 400 MB/s, no ATA pass-through) and sata1 (1 bay, 550 MB/s, direct). */
    public static Station station() {
        return new Station(List.of(new Dock("usb8", 8, 400, false, "/dev/sim/usb8/"),
                new Dock("sata1", 1, 550, true, "/dev/sim/sata1/")),
                OpeningHours.of(ZONE, new OpeningHours.Window(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
                        LocalTime.of(9, 0), LocalTime.of(17, 0))), 1, HANDLING);
    }

    /** One shipped agreement: its document text, its check, the mapped agreement. */
    public record LoadedAgreement(String resource, String json, AgreementCheck check) {
        /** The agreement (the shipped ones are valid). */
        public CessionAgreement agreement() {
            return check.agreementIfMapped().orElseThrow(() -> new FiliereException("demo agreement not mapped")
                    .with("resource", resource));
        }

        /** The file name. */
        public String fileName() {
            return resource.substring(resource.lastIndexOf('/') + 1);
        }
    }

    /** Reads and checks the three shipped agreements. */
    public static List<LoadedAgreement> agreements(Locale locale) {
        List<LoadedAgreement> out = new ArrayList<>();
        for (String r : AGREEMENTS) {
            String json = text(r);
            AgreementDocument doc = JsonDocuments.read(json, "classpath:" + r, AgreementDocument.class);
            out.add(new LoadedAgreement(r, json, AgreementDocuments.check(doc, AttestationPolicy.DEFAULT, locale)));
        }
        return out;
    }

    /**
     * What the intake inspection found on a medium (simulated for the demo: in a real hub, {@code filiere
     * inspect} reads hdparm / nvme-cli / smartctl outputs): hard disks support ATA Security erase, SATA SSDs
     * also SANITIZE block erase, NVMe drives format and sanitize; one of the company's desktops has ATA
     * Security frozen by its BIOS and no SANITIZE.
     */
    public static StorageMedium inspected(StorageMedium m) {
        switch (m.type()) {
            case ATA_HDD:
                boolean frozen = m.serialNumber().equals("Z9A1B2C3");
                return new StorageMedium(m.type(), m.serialNumber(), m.model(), m.capacityBytes(), 7200,
                        Set.of(Technique.ATA_SECURITY_ERASE, Technique.ATA_SECURITY_ERASE_ENHANCED),
                        new AtaSecurity(true, false, false, frozen, false, true, 90, 90), HiddenAreaStatus.ABSENT);
            case ATA_SSD:
                return new StorageMedium(m.type(), m.serialNumber(), m.model(), m.capacityBytes(), null,
                        Set.of(Technique.ATA_SECURITY_ERASE, Technique.ATA_SECURITY_ERASE_ENHANCED,
                                Technique.ATA_SANITIZE_BLOCK_ERASE),
                        new AtaSecurity(true, false, false, false, false, true, 2, 2), HiddenAreaStatus.ABSENT);
            case NVME_SSD:
                return new StorageMedium(m.type(), m.serialNumber(), m.model(), m.capacityBytes(), null,
                        Set.of(Technique.NVME_FORMAT_USER_DATA_ERASE, Technique.NVME_SANITIZE_BLOCK_ERASE), null,
                        HiddenAreaStatus.NOT_APPLICABLE);
            default:
                return m;
        }
    }

    /** How the simulated drives behave: one disk dies, one is half as fast as expected, one SSD fails once. */
    public static SimulatedDrive behaviour(StorageMedium m) {
        SimulatedDrive typical = SimulatedEngine.typical(m);
        switch (m.serialNumber()) {
            case "WD-WX31A76K3102":
                return typical.failing(2, "nwipe: 1 432 write errors, unreadable sectors near LBA 612 000 000");
            case "WX21E95D2208":
                return typical.slower(0.5);
            case "S3YJNX0M604103":
                return typical.failing(1, "SANITIZE BLOCK ERASE aborted by the drive (status 0x51)");
            default:
                return typical;
        }
    }

    /** One medium of one agreement, with the policy's decision. */
    public record MediumDecision(CessionAgreement agreement, Device device, StorageMedium medium,
                                 SanitizationDecision decision) {
        /** The preferred technique. */
        public Technique technique() {
            return decision.preferred().technique();
        }

        /** True when the station erases it (not a reinstall at refurbishment, not a destruction). */
        public boolean atStation() {
            Technique t = technique();
            return t != Technique.OS_REINSTALL && !t.isDestructive();
        }
    }

    /** The policy's decision for every medium of every agreement (the station has an ATA pass-through bay). */
    public static List<MediumDecision> decisions(List<CessionAgreement> agreements) {
        List<MediumDecision> out = new ArrayList<>();
        for (CessionAgreement a : agreements) {
            for (Device d : a.devices()) {
                for (StorageMedium m0 : d.media()) {
                    StorageMedium m = inspected(m0);
                    SanitizationDecision dec = Sanitization.decide(DefaultSanitizationPolicy.STANDARD,
                            a.donor().kind(), a.confidentiality(), DriveContext.of(m, true));
                    out.add(new MediumDecision(a, d, m, dec));
                }
            }
        }
        return out;
    }

    /** The station task for a medium the station erases. */
    public static StationTask task(MediumDecision md) {
        StorageMedium m = md.medium();
        Technique t = md.technique();
        Instant due = md.agreement().collectedOn().plusMonths(6).atStartOfDay(ZONE).toInstant();
        WipeTarget target = WipeTarget.withoutSerialCheck(Path.of("/dev/sim/unassigned"), m);
        long capacity = m.capacityBytes() == null ? 0 : m.capacityBytes();
        if (t == Technique.OVERWRITE) {
            OverwriteOptions o = OverwriteOptions.zeroVerified();
            return new StationTask(m.serialNumber(), WipeJob.overwrite(target, o), md.decision().requiredLevel(),
                    Workload.overwrite(capacity, HDD_MBPS, SimulatedEngine.passes(o)), due, null);
        }
        long seconds = m.type() == MediaType.ATA_HDD ? (long) (capacity / 1e6 / HDD_MBPS)
                : SimulatedEngine.typical(m).firmwareSeconds();
        // Firmware commands need the direct bay: USB bridges pass neither ATA nor NVMe admin commands.
        return new StationTask(m.serialNumber(), WipeJob.firmware(target, t), md.decision().requiredLevel(),
                Workload.firmware(seconds, true), due, null);
    }

    /** Straight-line road distance (km) from the donor's collection to the hub, per agreement, for the impact. */
    public static Map<String, Double> transportKm() {
        return Map.of("CONV-2026-031", 40.0, "CONV-2026-034", 85.0, "CONV-2026-036", 12.0);
    }

    /**
     * The record of a medium shredded by the recycling partner, checked by eye (NIST SP 800-88 destruction is
     * verified by visual inspection): what the hub journals when it hands the medium over.
     */
    public static SanitizationRecord destruction(StorageMedium m, Instant start, String operator) {
        return new SanitizationRecord(m.serialNumber(), m.type(), Technique.DESTROY_SHRED,
                TechniqueParameters.firmware("shredding, particles 2 mm or less", VerificationMode.VISUAL_INSPECTION),
                new ToolInfo("partner shredder (simulated)", "DEEE-2026"), start, start.plus(Duration.ofMinutes(10)),
                new SanitizationResult.Completed(),
                new Verification(VerificationMode.VISUAL_INSPECTION, true, 0, "fragments inspected by two volunteers"),
                ErrorCounts.NONE, m.hiddenAreas(), 0, operator, "miraille", null);
    }

    /** The record of an individual's computer reinstalled with Linux Mint at refurbishment (REINSTALL level). */
    public static SanitizationRecord reinstall(StorageMedium m, Instant start, String operator) {
        return new SanitizationRecord(m.serialNumber(), m.type(), Technique.OS_REINSTALL,
                TechniqueParameters.firmware("full-disk reinstall, partitions recreated", VerificationMode.NONE),
                new ToolInfo("Linux Mint installer (simulated)", "22.1"), start, start.plus(Duration.ofMinutes(40)),
                new SanitizationResult.Completed(), Verification.none(), ErrorCounts.NONE, m.hiddenAreas(), 0,
                operator, "miraille", null);
    }

    private static String text(String resource) {
        try (InputStream in = DemoHub.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FiliereException("missing demo resource").with("resource", resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FiliereException("cannot read demo resource", e).with("resource", resource);
        }
    }
}
