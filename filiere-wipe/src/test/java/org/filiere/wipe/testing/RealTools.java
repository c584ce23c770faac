package org.filiere.wipe.testing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Gate for tests that need the real machine: root, loop devices, nwipe. Outside CI they are skipped with a
 * visible reason; with {@code FILIERE_REQUIRE_REAL_TOOLS=1} (set by {@code .ci/run}) a missing requirement fails
 * the test instead, so that CI can never go green by skipping.
 *
 * <pre>{@code
 * @BeforeAll static void tools() { RealTools.requireRootAndNwipe(); }
 * }</pre>
 */
public final class RealTools {
    /** The environment variable that turns skips into failures. */
    public static final String REQUIRE_ENV = "FILIERE_REQUIRE_REAL_TOOLS";

    private RealTools() {
    }

    /** Root, losetup and nwipe. */
    public static void requireRootAndNwipe() {
        require(true, "losetup", "nwipe");
    }

    /** Root and losetup (loop devices). */
    public static void requireRootAndLoop() {
        require(true, "losetup");
    }

    /** The given programs on PATH, and root when {@code root}. */
    public static void require(boolean root, String... programs) {
        List<String> missing = new ArrayList<>();
        if (root && !isRoot()) {
            missing.add("root (uid 0)");
        }
        for (String p : programs) {
            if (!onPath(p)) {
                missing.add(p + " on PATH");
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String msg = "needs " + String.join(", ", missing);
        if (required()) {
            Assertions.fail(msg + " (" + REQUIRE_ENV + "=1: real tools are mandatory here)");
        }
        System.err.println("SKIPPED (real tools): " + msg);
        Assumptions.abort(msg + "; set " + REQUIRE_ENV + "=1 to make this a failure");
    }

    /** True when {@code FILIERE_REQUIRE_REAL_TOOLS=1}. */
    public static boolean required() {
        return "1".equals(System.getenv(REQUIRE_ENV));
    }

    /** True when running as uid 0. */
    public static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor() == 0 && out.equals("0");
        } catch (Exception e) {
            return false;
        }
    }

    /** True when {@code program} is an executable file in a PATH directory (or in /sbin, /usr/sbin). */
    public static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/sbin:/usr/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
