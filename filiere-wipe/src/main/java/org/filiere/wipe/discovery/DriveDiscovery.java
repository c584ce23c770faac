package org.filiere.wipe.discovery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.filiere.FiliereException;
import org.filiere.device.MediaType;
import org.filiere.device.StorageMedium;
import org.filiere.internal.Require;
import org.filiere.sanitization.HiddenAreaStatus;
import org.filiere.sanitization.Technique;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.hdparm.HdparmIdentify;
import org.filiere.wipe.hdparm.HdparmIdentifyParser;
import org.filiere.wipe.nvme.NvmeController;
import org.filiere.wipe.nvme.NvmeEngine;
import org.filiere.wipe.nvme.NvmeIdCtrlParser;
import org.filiere.wipe.process.ProcessResult;
import org.filiere.wipe.process.ProcessRunner;
import org.filiere.wipe.process.ProcessSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the drives of the station: {@code lsblk -J -O -b} for the disks, then per disk {@code smartctl -j -a}
 * (health), {@code hdparm -I} (ATA capabilities and security) and {@code nvme id-ctrl -o json} (NVMe) when they
 * apply. A drive whose SMART health fails is flagged for destruction. Tools that fail on a drive leave their part
 * null with a warning; only a failing lsblk is an error. Thread-safe.
 *
 * <pre>{@code
 * List<DiscoveredDrive> drives = new DriveDiscovery(new SystemProcessRunner()).discover();
 * }</pre>
 */
public final class DriveDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(DriveDiscovery.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ProcessRunner runner;

    public DriveDiscovery(ProcessRunner runner) {
        this.runner = Require.nonNull(runner, "runner");
    }

    /** Every whole disk lsblk lists (RAM disks, zram and optical drives excluded). */
    public List<DiscoveredDrive> discover() {
        ProcessResult r = runner.run(ProcessSpec.of(TIMEOUT, "lsblk", "-J", "-O", "-b"));
        if (!r.succeeded()) {
            throw new FiliereException("lsblk failed").with("result", r.describe());
        }
        List<DiscoveredDrive> out = new ArrayList<>();
        for (BlockDevice d : LsblkParser.parse(r.stdoutText())) {
            if (!d.isDisk() || d.name().startsWith("zram") || d.name().startsWith("ram")
                    || d.sizeBytes() == null || d.sizeBytes() == 0) {
                continue;
            }
            out.add(inspect(d));
        }
        return out;
    }

    /** Gathers what smartctl, hdparm and nvme-cli say about one lsblk disk. */
    public DiscoveredDrive inspect(BlockDevice d) {
        Path dev = Path.of(d.devicePath());
        List<String> warnings = new ArrayList<>();
        SmartReport smart = null;
        if (!"loop".equals(d.type())) {
            ProcessResult s = runner.run(ProcessSpec.of(TIMEOUT, "smartctl", "-j", "-a", dev.toString()));
            try {
                smart = SmartctlParser.parse(s.stdoutText());
                warnings.addAll(smart.healthWarnings());
            } catch (ToolOutputException e) {
                warnings.add("smartctl gave no report: " + e.reason());
            }
        } else {
            warnings.add("loop device: no SMART, no firmware commands");
        }
        HdparmIdentify id = null;
        NvmeController nvme = null;
        boolean isNvme = d.name().startsWith("nvme") || "nvme".equals(d.transport());
        if (isNvme) {
            ProcessResult n = runner.run(ProcessSpec.of(TIMEOUT, "nvme", "id-ctrl",
                    NvmeEngine.controllerOf(dev).toString(), "-o", "json"));
            try {
                nvme = NvmeIdCtrlParser.parseJson(n.stdoutText());
                warnings.addAll(nvme.warnings());
            } catch (ToolOutputException e) {
                warnings.add("nvme id-ctrl failed: " + e.reason());
            }
        } else if (!"loop".equals(d.type())) {
            ProcessResult h = runner.run(ProcessSpec.of(TIMEOUT, "hdparm", "-I", dev.toString()));
            try {
                id = HdparmIdentifyParser.parse(h.stdoutText());
                warnings.addAll(id.warnings());
            } catch (ToolOutputException e) {
                warnings.add("hdparm -I gave no ATA identify data (not ATA, or a USB bridge without pass-through)");
            }
        }
        MediaType type = id != null && id.mediaType() != null ? id.mediaType()
                : smart != null && MediaTypes.fromSmart(smart) != null ? MediaTypes.fromSmart(smart)
                : MediaTypes.fromLsblk(d);
        if ("usb".equals(d.transport()) && type != null && type != MediaType.USB_FLASH) {
            warnings.add("behind a USB bridge: firmware commands are refused; overwrite only");
        }
        StorageMedium medium = null;
        if (type != null) {
            String serial = firstNonBlank(d.serial(), smart == null ? null : smart.serial(),
                    id == null ? null : id.serial(), nvme == null ? null : nvme.serial());
            if (serial == null) {
                serial = "path:" + dev;
                warnings.add("no serial number: identified by path only");
            }
            Set<Technique> caps = EnumSet.noneOf(Technique.class);
            if (id != null) {
                caps.addAll(id.capabilities());
            }
            if (nvme != null) {
                caps.addAll(nvme.capabilities());
            }
            Integer rpm = id != null ? id.rotationRpm() : smart != null && smart.rotationRpm() != null
                    && smart.rotationRpm() > 0 && smart.rotationRpm() < 100_000 ? smart.rotationRpm().intValue() : null;
            Long capacity = d.sizeBytes();
            medium = new StorageMedium(type, serial, firstNonBlank(d.model(), smart == null ? null : smart.model()),
                    capacity, rpm, caps, id == null ? null : id.security(), type.isAta() ? HiddenAreaStatus.UNKNOWN
                    : HiddenAreaStatus.NOT_APPLICABLE);
        } else {
            warnings.add("media type unknown");
        }
        boolean flagged = smart != null && smart.flaggedForDestruction();
        if (flagged) {
            LOG.warn("{} fails SMART health: flagged for destruction", dev);
        }
        return new DiscoveredDrive(dev, d, medium, smart, id, nvme, flagged, warnings);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
