package org.filiere.wipe.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filiere.wipe.ToolOutputException;
import org.filiere.wipe.internal.Json;

/**
 * Parses {@code lsblk -J -O -b} (util-linux 2.33+; also the older string-typed values and the single
 * {@code mountpoint} key of lsblk before 2.37). Throws {@link ToolOutputException} for anything that is not an
 * lsblk JSON document. Stateless and thread-safe.
 */
public final class LsblkParser {
    private static final String TOOL = "lsblk";

    private LsblkParser() {
    }

    /** The top-level block devices, each with its children. */
    public static List<BlockDevice> parse(String json) {
        Map<String, Object> root = Json.parseObject(TOOL, json);
        Object devs = root.get("blockdevices");
        if (!(devs instanceof List)) {
            throw new ToolOutputException(TOOL, "no \"blockdevices\" array: not lsblk -J output");
        }
        return nodes(Json.list(root, "blockdevices"), 0);
    }

    private static List<BlockDevice> nodes(List<Object> list, int depth) {
        List<BlockDevice> out = new ArrayList<>();
        for (Object o : list) {
            Map<String, Object> m = Json.asObj(o);
            String name = Json.str(m, "name");
            if (name == null || name.isBlank()) {
                throw new ToolOutputException(TOOL, "a block device without a name");
            }
            List<String> mps = new ArrayList<>();
            for (Object mp : Json.list(m, "mountpoints")) {
                if (mp instanceof String s && !s.isBlank()) {
                    mps.add(s);
                }
            }
            String single = Json.str(m, "mountpoint");
            if (single != null && !single.isBlank() && !mps.contains(single)) {
                mps.add(single);
            }
            out.add(new BlockDevice(name, Json.str(m, "path"), Json.str(m, "type"), Json.lng(m, "size"),
                    Json.bool(m, "rota"), blankToNull(Json.str(m, "tran")), trim(Json.str(m, "model")),
                    trim(Json.str(m, "serial")), trim(Json.str(m, "vendor")), Json.bool(m, "ro"),
                    Json.bool(m, "rm"), Json.bool(m, "hotplug"), Json.str(m, "fstype"), mps,
                    Json.lng(m, "log-sec"), depth > 32 ? List.of() : nodes(Json.list(m, "children"), depth + 1)));
        }
        return out;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
