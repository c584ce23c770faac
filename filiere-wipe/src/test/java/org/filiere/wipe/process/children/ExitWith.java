package org.filiere.wipe.process.children;

/** Child process: prints "bye" and exits with the code given as first argument. */
public final class ExitWith {
    private ExitWith() {
    }

    public static void main(String[] args) {
        System.out.println("bye");
        System.exit(Integer.parseInt(args[0]));
    }
}
