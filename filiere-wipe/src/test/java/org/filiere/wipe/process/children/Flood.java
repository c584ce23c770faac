package org.filiere.wipe.process.children;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;

/** Child process: prints N numbered lines on stdout and N on stderr as fast as it can, then exits 0. */
public final class Flood {
    private Flood() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out), 1 << 16);
        BufferedWriter err = new BufferedWriter(new OutputStreamWriter(System.err), 1 << 16);
        for (int i = 0; i < n; i++) {
            out.write("line " + i + " some padding to make the pipe fill up quickly............\n");
            err.write("err " + i + "\n");
        }
        out.flush();
        err.flush();
    }
}
