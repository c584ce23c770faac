package org.filiere.wipe.process.children;

import java.util.ArrayList;
import java.util.List;

/**
 * Child process: prints "pid=N", optionally starts a grandchild Hang (argument "spawn") whose pid line it relays
 * as "child=N", then sleeps forever. Used to prove that timeouts and cancellation end the whole process tree.
 */
public final class Hang {
    private Hang() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("pid=" + ProcessHandle.current().pid());
        System.out.flush();
        if (args.length > 0 && args[0].equals("spawn")) {
            List<String> cmd = new ArrayList<>();
            cmd.add(ProcessHandle.current().info().command().orElse("java"));
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(Hang.class.getName());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            System.out.println("child=" + p.pid());
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
