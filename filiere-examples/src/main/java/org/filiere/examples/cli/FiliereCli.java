package org.filiere.examples.cli;

import java.io.PrintWriter;
import org.filiere.FiliereException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the reference wipe-station CLI ({@code java -jar filiere.jar <command>}). Each
 * sub-command is a class of this package registered below.
 * Not thread-safe: picocli fills one instance per invocation; {@link #commandLine()} builds a fresh tree each call.
 *
 * <p>Exit codes (contract): 0 success; 1 the command ran and found a problem; 2 usage or I/O error. A stack
 * trace is printed only with {@code --verbose}.
 */
@Command(name = "filiere",
        mixinStandardHelpOptions = true,
        versionProvider = FiliereCli.Version.class,
        description = {"Filière de réemploi solidaire du numérique : conventions, effacement, certificats, impact.",
            "Solidarity IT-reuse network: agreements, erasure, certificates, impact."},
        subcommands = {
            CommandLine.HelpCommand.class,
            PolicyCommand.class,
            AgreementCommand.class,
            TopologyCommand.class,
            DemoCommand.class,
            WipeCommand.class,
            ImpactCommand.class,
            VerifyCommand.class,
            JournalCommand.class,
            KeysCommand.class,
            AttestCommand.class,
            ReportCommand.class,
            MatchCommand.class,
            InspectCommand.class,
            DrivesCommand.class,
            PlanCommand.class,
            SupportCommand.class,
        })
public final class FiliereCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    /** Builds the configured command line; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new FiliereCli());
        cl.setExecutionExceptionHandler(FiliereCli::handle);
        cl.setCaseInsensitiveEnumValuesAllowed(false);
        return cl;
    }

    public static void main(String[] args) {
        configureLogging(java.util.Arrays.asList(args).contains("--verbose"));
        System.exit(commandLine().execute(args));
    }

    /**
     * Library logs (SLF4J, and Hibernate Validator's jboss-logging routed to SLF4J) go to stderr at WARN, or
     * DEBUG with --verbose, so that informational banners never clutter a volunteer's terminal.
     */
    static void configureLogging(boolean verbose) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.expandedArgs().contains("--verbose");
        boolean english = Lang.fromArgs(parsed.expandedArgs()) == Lang.EN;
        String prefix = english ? "error: " : "erreur : ";
        if (ex instanceof FiliereException fe) {
            err.println(prefix + (english ? fe.getMessage() : french(fe)));
        } else {
            err.println(prefix + ex);
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.USAGE_OR_IO;
    }

    private static final String[][] FRENCH = {
        {"file not found", "fichier introuvable"},
        {"cannot read file", "fichier illisible"},
        {"malformed JSON", "JSON mal formé"},
        {"invalid document", "document invalide"},
        {"empty document", "document vide"},
        {"[file=", "[fichier="},
        {", file=", ", fichier="},
        {", line=", ", ligne="},
        {", column=", ", colonne="},
        {", path=", ", chemin="},
    };

    /** The library speaks English; the volunteer reads the frame of the message in French. */
    static String french(FiliereException e) {
        String m = e.getMessage();
        for (String[] pair : FRENCH) {
            m = m.replace(pair[0], pair[1]);
        }
        return m;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = FiliereCli.class.getPackage().getImplementationVersion();
            return new String[] {"filiere " + (v == null ? "dev" : v)};
        }
    }
}
