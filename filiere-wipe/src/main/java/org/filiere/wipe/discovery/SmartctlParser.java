package org.filiere.wipe.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.internal.Json;

/**
 * Parses {@code smartctl -j -a} (smartmontools 7.0+ JSON). Throws {@link ToolOutputException} when the input is
 * not smartctl JSON; a drive smartctl could not open still parses (null fields, its messages kept). Stateless and
 * thread-safe.
 */
public final class SmartctlParser {
    private static final String TOOL = "smartctl";

    private SmartctlParser() {
    }

    /** True for smartctl JSON (used to recognise files by content). */
    public static boolean looksLike(String text) {
        String t = text == null ? "" : text.strip();
        return t.startsWith("{") && t.contains("\"smartctl\"");
    }

    /** Parses one document. */
    public static SmartReport parse(String json) {
        Map<String, Object> m = Json.parseObject(TOOL, json);
        Map<String, Object> sc = Json.obj(m, "smartctl");
        if (sc.isEmpty() && !m.containsKey("json_format_version")) {
            throw new ToolOutputException(TOOL, "no \"smartctl\" object: not smartctl -j output");
        }
        List<String> messages = new ArrayList<>();
        for (Object o : Json.list(sc, "messages")) {
            String s = Json.str(Json.asObj(o), "string");
            if (s != null) {
                messages.add(s);
            }
        }
        Long realloc = null;
        Long pending = null;
        Long poh = Json.lng(Json.obj(m, "power_on_time"), "hours");
        for (Object o : Json.list(Json.obj(m, "ata_smart_attributes"), "table")) {
            Map<String, Object> a = Json.asObj(o);
            Long id = Json.lng(a, "id");
            Long raw = Json.lng(Json.obj(a, "raw"), "value");
            if (id == null) {
                continue;
            }
            if (id == 5) {
                realloc = raw;
            } else if (id == 197) {
                pending = raw;
            } else if (id == 9 && poh == null) {
                poh = raw;
            }
        }
        Map<String, Object> nvme = Json.obj(m, "nvme_smart_health_information_log");
        if (poh == null) {
            poh = Json.lng(nvme, "power_on_hours");
        }
        Map<String, Object> status = Json.obj(m, "smart_status");
        return new SmartReport(Json.str(Json.obj(m, "device"), "protocol"), trim(Json.str(m, "model_name")),
                trim(Json.str(m, "serial_number")), trim(Json.str(m, "firmware_version")),
                Json.lng(Json.obj(m, "user_capacity"), "bytes") != null
                        ? Json.lng(Json.obj(m, "user_capacity"), "bytes")
                        : Json.lng(m, "nvme_total_capacity"),
                Json.lng(m, "rotation_rate"), Json.bool(status, "passed"), realloc, pending, poh,
                Json.lng(nvme, "media_errors"), Json.lng(nvme, "critical_warning"), Json.lng(sc, "exit_status"),
                messages);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
