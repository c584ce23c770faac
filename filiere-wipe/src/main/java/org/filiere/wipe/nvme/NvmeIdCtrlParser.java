package org.filiere.wipe.nvme;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.internal.Json;

/**
 * Parses {@code nvme id-ctrl -o json} and the human {@code nvme id-ctrl [-H]} text. Throws
 * {@link ToolOutputException} when the input is neither. Stateless and thread-safe.
 */
public final class NvmeIdCtrlParser {
    private static final String TOOL = "nvme id-ctrl";
    private static final Pattern FIELD = Pattern.compile("^([a-z][a-z0-9_]*)\\s*:\\s*(.*?)\\s*$");

    private NvmeIdCtrlParser() {
    }

    /** True for JSON with the id-ctrl keys. */
    public static boolean looksLikeJson(String text) {
        String t = text == null ? "" : text.strip();
        return t.startsWith("{") && t.contains("\"sanicap\"") || t.startsWith("{") && t.contains("\"oacs\"")
                && t.contains("\"mn\"");
    }

    /** True for the text listing. */
    public static boolean looksLikeText(String text) {
        return text != null && text.contains("NVME Identify Controller") && text.contains("oacs");
    }

    /** Parses either form. */
    public static NvmeController parse(String text) {
        if (text != null && text.strip().startsWith("{")) {
            return parseJson(text);
        }
        return parseText(text);
    }

    /** Parses {@code nvme id-ctrl -o json}. */
    public static NvmeController parseJson(String json) {
        Map<String, Object> m = Json.parseObject(TOOL, json);
        if (!m.containsKey("oacs") && !m.containsKey("sanicap") && !m.containsKey("mn")) {
            throw new ToolOutputException(TOOL, "no oacs/sanicap/mn keys: not nvme id-ctrl JSON");
        }
        return new NvmeController(trim(Json.str(m, "mn")), trim(Json.str(m, "sn")), trim(Json.str(m, "fr")),
                Json.lng(m, "ver"), Json.lng(m, "oacs"), Json.lng(m, "sanicap"), Json.lng(m, "fna"),
                Json.lng(m, "tnvmcap"), Json.lng(m, "nn"));
    }

    /** Parses the text listing ({@code key : value} lines; bit-detail lines of {@code -H} are skipped). */
    public static NvmeController parseText(String text) {
        if (!looksLikeText(text)) {
            throw new ToolOutputException(TOOL, "no \"NVME Identify Controller\" header: not nvme id-ctrl output");
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                String v = m.group(2);
                int hash = v.indexOf("  #");
                f.putIfAbsent(m.group(1), (hash >= 0 ? v.substring(0, hash) : v).strip());
            }
        }
        return new NvmeController(trim(f.get("mn")), trim(f.get("sn")), trim(f.get("fr")), Json.toLong(f.get("ver")),
                Json.toLong(f.get("oacs")), Json.toLong(f.get("sanicap")), Json.toLong(f.get("fna")),
                Json.toLong(f.get("tnvmcap")), Json.toLong(f.get("nn")));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
