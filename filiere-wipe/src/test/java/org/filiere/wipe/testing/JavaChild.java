package org.filiere.wipe.testing;

import java.util.ArrayList;
import java.util.List;

/** Builds the argument vector that runs a test-tree main class with the current {@code java} binary. */
public final class JavaChild {
    private JavaChild() {
    }

    public static List<String> command(Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }
}
