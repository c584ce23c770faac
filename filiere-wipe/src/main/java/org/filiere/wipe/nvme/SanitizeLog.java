package org.filiere.wipe.nvme;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filiere.wipe.internal.Json;

/**
 * The NVMe Sanitize Status log ({@code nvme sanitize-log}): SPROG (0..65535, 65535 = complete) and SSTAT (low 3
 * bits: 0 never sanitized, 1 completed, 2 in progress, 3 failed, 4 completed without deallocation). Immutable.
 *
 * @param sprog progress, or -1 when unreadable
 * @param sstat status word, or -1 when unreadable
 */
public record SanitizeLog(long sprog, long sstat) {
    private static final Pattern SPROG = Pattern.compile("\\(SPROG\\)\\s*:\\s*(0x[0-9a-fA-F]+|\\d+)");
    private static final Pattern SSTAT = Pattern.compile("\\(SSTAT\\)\\s*:\\s*(0x[0-9a-fA-F]+|\\d+)");

    /** Parses the text or JSON form; never throws (unreadable gives -1 fields). */
    public static SanitizeLog parse(String out) {
        String t = out == null ? "" : out;
        if (t.strip().startsWith("{")) {
            try {
                Map<String, Object> m = find(Json.parse("nvme sanitize-log", t), 0);
                if (m != null) {
                    Long p = Json.lng(m, "sprog");
                    Long s = Json.lng(m, "sstat");
                    return new SanitizeLog(p == null ? -1 : p, s == null ? -1 : s);
                }
            } catch (RuntimeException e) {
                return new SanitizeLog(-1, -1);
            }
        }
        Matcher p = SPROG.matcher(t);
        Matcher s = SSTAT.matcher(t);
        Long sp = p.find() ? Json.toLong(p.group(1)) : null;
        Long ss = s.find() ? Json.toLong(s.group(1)) : null;
        return new SanitizeLog(sp == null ? -1 : sp, ss == null ? -1 : ss);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> find(Object o, int depth) {
        if (depth > 8) {
            return null;
        }
        if (o instanceof Map<?, ?> m) {
            if (m.containsKey("sprog") || m.containsKey("sstat")) {
                return (Map<String, Object>) m;
            }
            for (Object v : m.values()) {
                Map<String, Object> r = find(v, depth + 1);
                if (r != null) {
                    return r;
                }
            }
        } else if (o instanceof List<?> l) {
            for (Object v : l) {
                Map<String, Object> r = find(v, depth + 1);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The SSTAT status code (low 3 bits), or -1. */
    public int status() {
        return sstat < 0 ? -1 : (int) (sstat & 0x7);
    }

    /** Completed (1 or 4) with SPROG 65535. */
    public boolean completed() {
        return (status() == 1 || status() == 4) && sprog == 65535;
    }

    /** In progress (2). */
    public boolean inProgress() {
        return status() == 2;
    }

    /** Failed (3). */
    public boolean failed() {
        return status() == 3;
    }

    /** Progress in [0, 1], or null. */
    public Double fraction() {
        return sprog < 0 || sprog > 65535 ? null : sprog / 65535.0;
    }
}
