package org.filiere.wipe.hdparm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filiere.device.AtaSecurity;
import org.filiere.wipe.ToolOutputException;

/**
 * Parses {@code hdparm -I} listings: tab-indented as hdparm prints them or with tabs turned into spaces, with or
 * without the leading {@code /dev/sdX:} line, with or without a Security block. Throws
 * {@link ToolOutputException} only when the text has no ATA identify data at all (for example a USB bridge
 * without ATA pass-through, or a loop device, where hdparm prints only the device name). Stateless and
 * thread-safe.
 */
public final class HdparmIdentifyParser {
    private static final String TOOL = "hdparm -I";
    private static final Pattern KV = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9 ]*?):\\s*(.*?)\\s*$");
    private static final Pattern NUM = Pattern.compile("(\\d+)");
    private static final Pattern ERASE = Pattern.compile("(\\d+)\\s*min for SECURITY ERASE UNIT");
    private static final Pattern ENH = Pattern.compile("(\\d+)\\s*min for ENHANCED SECURITY ERASE UNIT");

    private HdparmIdentifyParser() {
    }

    /** True when {@code text} looks like an {@code hdparm -I} listing (used to recognise files by content). */
    public static boolean looksLike(String text) {
        return text != null && (text.contains("ATA device, with") || (text.contains("Model Number:")
                && text.contains("Commands/features:")));
    }

    /** Parses one listing. */
    public static HdparmIdentify parse(String text) {
        if (text == null || !(text.contains("Model Number:") || text.contains("ATA device"))) {
            throw new ToolOutputException(TOOL, "no ATA IDENTIFY data (not hdparm -I output, or a USB bridge "
                    + "without ATA pass-through)");
        }
        String model = null;
        String serial = null;
        String firmware = null;
        String transport = null;
        Long lba48 = null;
        Long lba = null;
        Integer logical = null;
        Integer physical = null;
        Boolean ssd = null;
        Integer rpm = null;
        boolean secBlock = false;
        boolean secSupported = false;
        boolean secEnabled = false;
        boolean secLocked = false;
        boolean secFrozen = false;
        boolean secExpired = false;
        boolean secEnhanced = false;
        Integer eraseMin = null;
        Integer enhMin = null;
        boolean sanitize = false;
        boolean blockErase = false;
        boolean crypto = false;
        boolean overwrite = false;
        boolean hpa = false;
        boolean hpaOn = false;
        boolean dco = false;
        boolean trim = false;
        List<String> warnings = new ArrayList<>();
        String section = "";
        for (String raw : text.split("\r?\n")) {
            if (raw.startsWith("# source:")) {
                continue;
            }
            String line = raw.replace('\t', ' ');
            if (line.isBlank()) {
                continue;
            }
            boolean topLevel = !Character.isWhitespace(raw.charAt(0));
            if (topLevel) {
                String t = line.strip();
                int colon = t.indexOf(':');
                section = colon > 0 ? t.substring(0, colon) : t;
                if (!section.equals("Security")) {
                    // the Security block ends at the next top-level line
                }
                continue;
            }
            String s = line.strip().replaceAll("\\s+", " ");
            Matcher kv = KV.matcher(line);
            switch (section) {
                case "ATA device, with non-removable media":
                case "ATA device, with removable media":
                case "ATA device":
                    if (kv.matches()) {
                        String k = kv.group(1).strip();
                        String v = kv.group(2).strip();
                        switch (k) {
                            case "Model Number": model = blank(v); break;
                            case "Serial Number": serial = blank(v); break;
                            case "Firmware Revision": firmware = blank(v); break;
                            case "Transport": transport = blank(v); break;
                            default: break;
                        }
                    }
                    break;
                case "Configuration":
                    if (s.startsWith("LBA48 user addressable sectors:")) {
                        lba48 = firstLong(s.substring(s.indexOf(':') + 1));
                    } else if (s.startsWith("LBA user addressable sectors:")) {
                        lba = firstLong(s.substring(s.indexOf(':') + 1));
                    } else if (s.startsWith("Logical Sector size:")) {
                        logical = toInt(firstLong(s.substring(s.indexOf(':') + 1)));
                    } else if (s.startsWith("Physical Sector size:")) {
                        physical = toInt(firstLong(s.substring(s.indexOf(':') + 1)));
                    } else if (s.startsWith("Nominal Media Rotation Rate:")) {
                        String v = s.substring(s.indexOf(':') + 1).strip();
                        if (v.toLowerCase(Locale.ROOT).contains("solid state")) {
                            ssd = true;
                        } else {
                            Long n = firstLong(v);
                            if (n != null && n > 0 && n < 100_000) {
                                ssd = false;
                                rpm = n.intValue();
                            }
                        }
                    }
                    break;
                case "Commands/features":
                    String f = s.startsWith("*") ? s.substring(1).strip() : s;
                    boolean on = s.startsWith("*");
                    if (f.startsWith("SANITIZE feature set")) {
                        sanitize = true;
                    } else if (f.startsWith("BLOCK_ERASE_EXT")) {
                        blockErase = true;
                    } else if (f.startsWith("CRYPTO_SCRAMBLE_EXT")) {
                        crypto = true;
                    } else if (f.startsWith("OVERWRITE_EXT")) {
                        overwrite = true;
                    } else if (f.startsWith("Host Protected Area feature set")) {
                        hpa = true;
                        hpaOn = on;
                    } else if (f.startsWith("Device Configuration Overlay feature set")) {
                        dco = true;
                    } else if (f.startsWith("Data Set Management TRIM supported")) {
                        trim = true;
                    }
                    break;
                case "Security":
                    secBlock = true;
                    boolean not = s.startsWith("not ");
                    String key = not ? s.substring(4).strip() : s;
                    switch (key) {
                        case "supported": secSupported = !not; break;
                        case "enabled": secEnabled = !not; break;
                        case "locked": secLocked = !not; break;
                        case "frozen": secFrozen = !not; break;
                        case "expired: security count": secExpired = !not; break;
                        case "supported: enhanced erase": secEnhanced = !not; break;
                        default:
                            Matcher em = ERASE.matcher(s);
                            if (em.find()) {
                                eraseMin = toInt(firstLong(em.group(1)));
                            }
                            Matcher hm = ENH.matcher(s);
                            if (hm.find()) {
                                enhMin = toInt(firstLong(hm.group(1)));
                            }
                            break;
                    }
                    break;
                default:
                    break;
            }
        }
        Long sectors = lba48 != null ? lba48 : lba;
        Long capacity = null;
        if (sectors != null) {
            long size = logical == null ? 512 : logical;
            capacity = sectors > Long.MAX_VALUE / Math.max(1, size) ? null : sectors * size;
        }
        AtaSecurity security = secBlock ? new AtaSecurity(secSupported, secEnabled, secLocked, secFrozen,
                secExpired, secEnhanced, eraseMin, enhMin) : null;
        if (model == null && serial == null && sectors == null) {
            throw new ToolOutputException(TOOL, "no model, serial or capacity in the listing (truncated?)");
        }
        if (security == null) {
            warnings.add("no Security block: ATA security erase state unknown");
        } else {
            if (security.frozen()) {
                warnings.add("security frozen (BIOS freeze lock): suspend to RAM and resume, or re-plug the "
                        + "drive, before a security erase or sanitize");
            }
            if (security.locked()) {
                warnings.add("security locked: unlock with the password, then disable it");
            }
            if (security.countExpired()) {
                warnings.add("unlock attempt counter expired: power-cycle the drive");
            }
        }
        if (serial == null) {
            warnings.add("no serial number");
        } else if (serial.contains("*") || serial.contains("XXXX")) {
            warnings.add("serial number appears masked: " + serial);
        }
        if (hpa || dco) {
            warnings.add("HPA/DCO feature sets present: check hidden areas with hdparm -N and --dco-identify "
                    + "before certifying");
        }
        if (ssd == null) {
            warnings.add("no rotation rate: media type unknown");
        }
        return new HdparmIdentify(model, serial, firmware, transport, lba48, lba, logical, physical, capacity, ssd,
                rpm, security, new AtaSanitizeSupport(sanitize, sanitize && blockErase, sanitize && crypto,
                sanitize && overwrite), hpa, hpaOn, dco, trim, warnings);
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Long firstLong(String s) {
        Matcher m = NUM.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer toInt(Long l) {
        return l == null || l > Integer.MAX_VALUE ? null : l.intValue();
    }
}
