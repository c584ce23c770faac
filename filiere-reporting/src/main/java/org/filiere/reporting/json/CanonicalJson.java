package org.filiere.reporting.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.filiere.FiliereException;

/**
 * The canonical JSON form that signatures and hash chains are computed over: object keys sorted (by UTF-16
 * code units, as in RFC 8785), no insignificant whitespace, strings escaped minimally (quote, backslash and
 * control characters; other characters as UTF-8), numbers as Jackson's tree writes them. Two documents with
 * the same content have the same canonical bytes whatever their formatting. Stateless and thread-safe.
 *
 * <pre>{@code
 * byte[] bytes = CanonicalJson.bytes(JsonDocuments.mapper().valueToTree(certificate));
 * }</pre>
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /** The canonical UTF-8 bytes of {@code node}. */
    public static byte[] bytes(JsonNode node) {
        return string(node).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical text of {@code node}. */
    public static String string(JsonNode node) {
        StringBuilder sb = new StringBuilder(256);
        write(node, sb);
        return sb.toString();
    }

    /** The canonical text of a value, converted with {@link JsonDocuments#mapper()}. */
    public static String of(Object value) {
        return string(JsonDocuments.mapper().valueToTree(value));
    }

    private static void write(JsonNode node, StringBuilder sb) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            sb.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            names.sort(null);
            sb.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                quote(names.get(i), sb);
                sb.append(':');
                write(node.get(names.get(i)), sb);
            }
            sb.append('}');
        } else if (node.isArray()) {
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(node.get(i), sb);
            }
            sb.append(']');
        } else if (node.isTextual()) {
            quote(node.textValue(), sb);
        } else if (node.isNumber() || node.isBoolean()) {
            sb.append(node.asText());
        } else {
            throw new FiliereException("cannot canonicalise JSON node").with("nodeType", node.getNodeType());
        }
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, sb);
        sb.append('"');
    }
}
