package org.filiere.examples.station;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Loop devices over sparse files for tests that wipe for real, with the {@code FILIERE_REQUIRE_REAL_TOOLS}
 * semantics of the wipe module's RealTools: skipped with a visible reason without root, losetup or nwipe, a
 * failure when {@code FILIERE_REQUIRE_REAL_TOOLS=1}. Every device attached is detached by {@link #close()}.
 */
final class RealLoops implements AutoCloseable {
    static final String REQUIRE_ENV = "FILIERE_REQUIRE_REAL_TOOLS";
    private final List<Path> attached = new ArrayList<>();

    /** Skips (or fails under FILIERE_REQUIRE_REAL_TOOLS=1) unless root with losetup and nwipe. */
    static void requireRootAndNwipe() {
        List<String> missing = new ArrayList<>();
        if (!"0".equals(run("id", "-u").strip())) {
            missing.add("root (uid 0)");
        }
        for (String p : List.of("losetup", "nwipe")) {
            if (!onPath(p)) {
                missing.add(p + " on PATH");
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String msg = "needs " + String.join(", ", missing);
        if ("1".equals(System.getenv(REQUIRE_ENV))) {
            Assertions.fail(msg + " (" + REQUIRE_ENV + "=1: real tools are mandatory here)");
        }
        System.err.println("SKIPPED (real tools): " + msg);
        Assumptions.abort(msg + "; set " + REQUIRE_ENV + "=1 to make this a failure");
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/sbin:/usr/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }

    /** Attaches a loop device over a new file of {@code bytes} filled with {@code fill}. */
    Path attach(Path file, long bytes, byte fill) throws IOException {
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, fill);
        try (var out = Files.newOutputStream(file)) {
            for (long w = 0; w < bytes; w += block.length) {
                out.write(block, 0, (int) Math.min(block.length, bytes - w));
            }
        }
        Path dev = Path.of(run("losetup", "-f", "--show", file.toString()).strip());
        attached.add(dev);
        return dev;
    }

    @Override
    public void close() {
        for (Path d : attached) {
            run("losetup", "-d", d.toString());
        }
        attached.clear();
    }

    static String run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return out;
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }
}
