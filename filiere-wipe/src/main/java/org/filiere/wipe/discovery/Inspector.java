package org.filiere.wipe.discovery;

import java.util.ArrayList;
import java.util.List;
import org.filiere.device.MediaType;
import org.filiere.sanitization.Technique;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.hdparm.HdparmIdentify;
import org.filiere.wipe.hdparm.HdparmIdentifyParser;
import org.filiere.wipe.nvme.NvmeController;
import org.filiere.wipe.nvme.NvmeIdCtrlParser;

/**
 * Recognises a saved tool output by its content ({@code hdparm -I}, {@code nvme id-ctrl -o json} or its text,
 * {@code smartctl -j -a}, {@code lsblk -J -O -b}) and says what it learned about each medium. Backs
 * {@code filiere inspect}. A leading {@code # source:} provenance line (as in filiere's fixtures) is ignored.
 * Stateless and thread-safe.
 */
public final class Inspector {
    private Inspector() {
    }

    /** Removes a leading {@code # source:} line. */
    public static String stripSourceComment(String text) {
        if (text != null && text.startsWith("# source:")) {
            int nl = text.indexOf('\n');
            return nl < 0 ? "" : text.substring(nl + 1);
        }
        return text;
    }

    /** Which tool printed {@code text}, by content. */
    public static ToolOutputKind recognise(String text) {
        String t = stripSourceComment(text == null ? "" : text);
        String s = t.strip();
        if (s.startsWith("{")) {
            if (s.contains("\"blockdevices\"")) {
                return ToolOutputKind.LSBLK_JSON;
            }
            if (SmartctlParser.looksLike(s)) {
                return ToolOutputKind.SMARTCTL_JSON;
            }
            if (NvmeIdCtrlParser.looksLikeJson(s)) {
                return ToolOutputKind.NVME_ID_CTRL_JSON;
            }
            return ToolOutputKind.UNKNOWN;
        }
        if (NvmeIdCtrlParser.looksLikeText(t)) {
            return ToolOutputKind.NVME_ID_CTRL_TEXT;
        }
        if (HdparmIdentifyParser.looksLike(t)) {
            return ToolOutputKind.HDPARM_IDENTIFY;
        }
        return ToolOutputKind.UNKNOWN;
    }

    /**
     * The media described by {@code text}. Throws {@link ToolOutputException} when the format is not recognised
     * or the output is malformed.
     */
    public static List<InspectedMedium> inspect(String text) {
        String t = stripSourceComment(text);
        switch (recognise(t)) {
            case HDPARM_IDENTIFY:
                return List.of(fromHdparm(HdparmIdentifyParser.parse(t)));
            case NVME_ID_CTRL_JSON:
                return List.of(fromNvme(NvmeIdCtrlParser.parseJson(t)));
            case NVME_ID_CTRL_TEXT:
                return List.of(fromNvme(NvmeIdCtrlParser.parseText(t)));
            case SMARTCTL_JSON:
                return List.of(fromSmart(SmartctlParser.parse(t)));
            case LSBLK_JSON:
                List<InspectedMedium> out = new ArrayList<>();
                for (BlockDevice d : LsblkParser.parse(t)) {
                    if (d.isDisk()) {
                        out.add(fromLsblk(d));
                    }
                }
                return out;
            default:
                throw new ToolOutputException("inspect", "unrecognised content: expected hdparm -I, nvme id-ctrl "
                        + "-o json, smartctl -j -a or lsblk -J -O -b output");
        }
    }

    static InspectedMedium fromHdparm(HdparmIdentify id) {
        return new InspectedMedium("hdparm", id.model(), id.serial(), id.firmware(), id.capacityBytes(),
                id.mediaType(), id.rotationRpm(), id.security(),
                new InspectedMedium.Sanitize(id.sanitize().supported(), id.sanitize().blockErase(),
                        id.sanitize().cryptoScramble(), id.sanitize().overwrite()),
                new InspectedMedium.Hpa(id.hpaSupported(), id.hpaEnabled()), null, null, null,
                sorted(id.capabilities()), id.warnings());
    }

    static InspectedMedium fromNvme(NvmeController c) {
        InspectedMedium.Sanitize san = c.sanicap() == null ? null : new InspectedMedium.Sanitize(
                c.sanitizeSupported(), c.sanitizeBlockErase(), c.sanitizeCryptoErase(), c.sanitizeOverwrite());
        return new InspectedMedium("nvme", c.model(), c.serial(), c.firmware(), c.totalCapacity(),
                MediaType.NVME_SSD, null, null, san, null, null, null, "nvme", sorted(c.capabilities()),
                c.warnings());
    }

    static InspectedMedium fromSmart(SmartReport s) {
        MediaType type = MediaTypes.fromSmart(s);
        Integer rpm = s.rotationRpm() == null || s.rotationRpm() <= 0 || s.rotationRpm() > 100_000 ? null
                : s.rotationRpm().intValue();
        List<String> warnings = new ArrayList<>(s.healthWarnings());
        return new InspectedMedium("smartctl", s.model(), s.serial(), s.firmware(), s.capacityBytes(), type, rpm,
                null, null, null, new InspectedMedium.Smart(s.passed(), s.reallocatedSectors(), s.pendingSectors(),
                        s.powerOnHours(), s.flaggedForDestruction()), null, null, List.of(), warnings);
    }

    static InspectedMedium fromLsblk(BlockDevice d) {
        List<String> warnings = new ArrayList<>();
        MediaType type = MediaTypes.fromLsblk(d);
        if (type == null) {
            warnings.add("media type not decidable from lsblk (transport " + d.transport() + ")");
        }
        for (BlockDevice n : d.tree()) {
            for (String mp : n.mountpoints()) {
                warnings.add("/dev/" + n.name() + " is mounted on " + mp);
            }
        }
        if (d.serial() == null) {
            warnings.add("no serial number");
        }
        return new InspectedMedium("lsblk", d.model(), d.serial(), null, d.sizeBytes(), type, null, null, null,
                null, null, d.devicePath(), d.transport(), List.of(), warnings);
    }

    private static List<Technique> sorted(java.util.Set<Technique> t) {
        List<Technique> l = new ArrayList<>(t);
        l.sort(null);
        return l;
    }
}
