package org.filiere.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import org.filiere.FiliereException;
import picocli.CommandLine.Option;

/**
 * Options every command shares: {@code --json}, {@code --lang}, {@code --verbose}. Mix it in with
 * {@code @Mixin CommonOptions common;}. Not thread-safe: picocli fills one instance per invocation.
 */
public final class CommonOptions {
    private static final ObjectMapper JSON_OUT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Option(names = "--json", description = "Print one JSON document on stdout and nothing else.")
    public boolean json;

    @Option(names = "--lang", defaultValue = "fr", converter = LangConverter.class,
            description = "Language of human output: fr (default) or en.")
    public Lang lang = Lang.FR;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    public boolean verbose;

    /** Writes {@code value} as indented JSON followed by a newline. */
    public static void printJson(PrintWriter out, Object value) {
        try {
            out.println(JSON_OUT.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new FiliereException("cannot write JSON output", e);
        }
    }

    /** The mapper used for JSON output (ISO dates, indented). */
    public static ObjectMapper jsonOut() {
        return JSON_OUT;
    }

    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return Lang.parse(value);
        }
    }
}
