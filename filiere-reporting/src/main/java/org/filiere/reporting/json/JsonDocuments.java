package org.filiere.reporting.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.filiere.FiliereException;

/**
 * Reads input documents (agreements, networks, inventories, station and task files...) into typed values,
 * turning every failure into a {@link DocumentException} that names the file, line, column and JSON path.
 * Unknown properties are refused: a misspelt field is a mistake the user must hear about.
 *
 * <p>Thread-safe: the shared mapper is configured once and never changed.
 *
 * <pre>{@code
 * AgreementDocument doc = JsonDocuments.read(Path.of("agreement.json"), AgreementDocument.class);
 * }</pre>
 */
public final class JsonDocuments {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new FiliereJsonModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // 12.5 storage places is a typo to report, not a value to truncate silently.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonDocuments() {
    }

    /** The strict mapper used for input documents; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads {@code file} as a {@code type}; throws {@link DocumentException} naming where it fails. */
    public static <T> T read(Path file, Class<T> type) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readValue(in, type);
        } catch (NoSuchFileException e) {
            throw DocumentException.fileNotFound(name, e);
        } catch (JsonProcessingException e) {
            throw describe(e, name);
        } catch (IOException e) {
            throw DocumentException.unreadable(name, e);
        }
    }

    /** Reads a JSON tree from bytes (strict: duplicate keys and trailing tokens refused). */
    public static JsonNode readTree(byte[] json, String sourceName) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new DocumentException("empty document", sourceName, 1, 1, null, null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw describe(e, sourceName);
        } catch (IOException e) {
            throw new DocumentException("cannot read JSON: " + e.getMessage(), sourceName, -1, -1, null, e);
        }
    }

    /** Converts a JSON tree to a {@code type}; failures name {@code sourceName} and the JSON path. */
    public static <T> T convert(JsonNode node, String sourceName, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw describe(e, sourceName);
        } catch (IllegalArgumentException e) {
            throw new DocumentException("invalid document: " + e.getMessage(), sourceName, -1, -1, null, e);
        }
    }

    /** Writes {@code value} as indented JSON text (UTF-8, ISO dates, sealed types with their type property). */
    public static String writePretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new FiliereException("cannot write JSON", e).with("type", value.getClass().getName());
        }
    }

    /** Reads JSON text as a {@code type}; {@code sourceName} names it in errors. */
    public static <T> T read(String json, String sourceName, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw describe(e, sourceName);
        }
    }

    /** Converts a Jackson failure into a {@link DocumentException} with location and path. */
    public static DocumentException describe(JsonProcessingException e, String sourceName) {
        JsonLocation loc = e.getLocation();
        long line = loc == null ? -1 : loc.getLineNr();
        long column = loc == null ? -1 : loc.getColumnNr();
        String path = null;
        if (e instanceof JsonMappingException jme) {
            path = pathOf(jme);
        }
        String reason = e.getOriginalMessage();
        if (reason != null) {
            reason = reason.replaceAll("\\s*\\(class [^)]*\\)", "").replaceAll(", not marked as ignorable.*", "");
            int nl = reason.indexOf('\n');
            if (nl > 0) {
                reason = reason.substring(0, nl);
            }
        }
        // A syntax error met inside a polymorphic value reaches us wrapped in a mapping exception.
        boolean syntax = !(e instanceof JsonMappingException)
                || e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException;
        String kind = syntax ? "malformed JSON" : "invalid document";
        return new DocumentException(kind + ": " + reason, sourceName, line, column, path, e);
    }

    /** Renders a Jackson reference path as {@code devices[0].media[1].serialNumber}. */
    static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
