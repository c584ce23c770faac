package org.filiere.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;

/**
 * One run of the {@code filiere} command line in this JVM, as the tests see it: the exit code and what was
 * printed on stdout and stderr. Immutable.
 *
 * <pre>{@code
 * CliRun r = CliRun.run("verify", file.toString(), "--json");
 * assertThat(r.exit()).as(r.err()).isZero();
 * }</pre>
 */
public record CliRun(int exit, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Stdout read as one JSON document (fails when it is anything else, as --json requires). */
    public JsonNode json() throws JsonProcessingException {
        return JSON.readTree(out);
    }

    /** Runs {@code args} through a fresh command line and captures its output. */
    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = execute(out, err, args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs {@code args} through a fresh command line, appending its output to {@code out} and {@code err}. */
    public static int execute(Writer out, Writer err, String... args) {
        var cl = FiliereCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}
