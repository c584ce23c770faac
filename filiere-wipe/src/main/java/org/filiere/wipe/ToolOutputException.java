package org.filiere.wipe;

import java.util.Map;
import org.filiere.FiliereException;

/**
 * The one error every tool-output parser of filiere-wipe throws when its input is not what it parses: not JSON,
 * not an {@code hdparm -I} listing, a document without the expected structure. The message names the tool and,
 * where known, the line. Parsers never throw anything else on bad input (fuzz-tested).
 *
 * <p>A parser that can express a bad input as an outcome (the nwipe log parser: "no summary row for the device")
 * returns a value instead; this exception is for input that is not the tool's output at all.
 * Not thread-safe while context is added with {@code with(...)}; share it only once thrown.
 */
public class ToolOutputException extends FiliereException {
    private static final long serialVersionUID = 1L;

    /** An error about the output of {@code tool}. */
    public ToolOutputException(String tool, String reason) {
        super(reason, null, Map.of("tool", tool));
    }

    /** An error about the output of {@code tool} at {@code line} (1-based). */
    public ToolOutputException(String tool, String reason, int line) {
        super(reason, null, Map.of("tool", tool, "line", line));
    }
}
