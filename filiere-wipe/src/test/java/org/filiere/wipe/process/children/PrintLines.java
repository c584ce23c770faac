package org.filiere.wipe.process.children;

/** Child process: prints each argument as a stdout line, "err:" ones to stderr, then exits with code 0. */
public final class PrintLines {
    private PrintLines() {
    }

    public static void main(String[] args) {
        for (String a : args) {
            if (a.startsWith("err:")) {
                System.err.println(a.substring(4));
            } else {
                System.out.println(a);
            }
        }
    }
}
