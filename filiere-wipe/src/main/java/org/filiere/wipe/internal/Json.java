package org.filiere.wipe.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filiere.wipe.ToolOutputException;

/**
 * A small strict JSON reader for tool outputs ({@code lsblk -J}, {@code smartctl -j}, {@code nvme -o json}):
 * filiere-wipe must not depend on Jackson (see DESIGN.md). Objects become {@code Map<String,Object>} (insertion
 * ordered), arrays {@code List<Object>}, numbers {@code Long}, {@code BigInteger} or {@code Double}, plus
 * {@code String}, {@code Boolean} and {@code null}. Nesting deeper than 256 levels is refused. Internal: not part
 * of the public API. Stateless and thread-safe.
 */
public final class Json {
    private static final int MAX_DEPTH = 256;

    private final String tool;
    private final String s;
    private int pos;
    private int depth;

    private Json(String tool, String s) {
        this.tool = tool;
        this.s = s;
    }

    /** Parses one JSON document; throws {@link ToolOutputException} naming {@code tool} and the line on error. */
    public static Object parse(String tool, String text) {
        if (text == null) {
            throw new ToolOutputException(tool, "no output");
        }
        Json j = new Json(tool, text);
        j.ws();
        Object v = j.value();
        j.ws();
        if (j.pos != text.length()) {
            throw j.error("unexpected content after the JSON document");
        }
        return v;
    }

    /** Parses a document whose top level must be an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String tool, String text) {
        Object v = parse(tool, text);
        if (!(v instanceof Map)) {
            throw new ToolOutputException(tool, "expected a JSON object at the top level");
        }
        return (Map<String, Object>) v;
    }

    private ToolOutputException error(String reason) {
        int line = 1;
        for (int i = 0; i < Math.min(pos, s.length()); i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return new ToolOutputException(tool, "malformed JSON: " + reason, line);
    }

    private void ws() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                break;
            }
        }
    }

    private Object value() {
        if (pos >= s.length()) {
            throw error("unexpected end of input");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, pos)) {
            throw error("unexpected token");
        }
        pos += word.length();
        return v;
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> m = new LinkedHashMap<>();
        ws();
        if (peek() == '}') {
            pos++;
            depth--;
            return m;
        }
        while (true) {
            ws();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            String k = string();
            ws();
            expect(':');
            ws();
            m.put(k, value());
            ws();
            char c = peek();
            pos++;
            if (c == '}') {
                depth--;
                return m;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> l = new ArrayList<>();
        ws();
        if (peek() == ']') {
            pos++;
            depth--;
            return l;
        }
        while (true) {
            ws();
            l.add(value());
            ws();
            char c = peek();
            pos++;
            if (c == ']') {
                depth--;
                return l;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private char peek() {
        if (pos >= s.length()) {
            throw error("unexpected end of input");
        }
        return s.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = peek();
            pos++;
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                char e = peek();
                pos++;
                switch (e) {
                    case '"': case '\\': case '/':
                        sb.append(e);
                        break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u':
                        if (pos + 4 > s.length()) {
                            throw error("truncated \\u escape");
                        }
                        try {
                            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                        break;
                    default:
                        throw error("bad escape '\\" + e + "'");
                }
            } else if (c < 0x20) {
                throw error("control character in a string");
            } else {
                sb.append(c);
            }
        }
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        boolean frac = false;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c >= '0' && c <= '9') {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                frac = true;
                pos++;
            } else {
                break;
            }
        }
        String t = s.substring(start, pos);
        try {
            if (frac) {
                return new BigDecimal(t).doubleValue();
            }
            BigInteger bi = new BigInteger(t);
            return bi.bitLength() < 64 ? (Object) bi.longValue() : bi;
        } catch (NumberFormatException e) {
            throw error("bad number '" + t + "'");
        }
    }

    // ---- lenient accessors: a missing key or a value of another type reads as null ----

    /** The object at {@code key}, or an empty map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> obj(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        return v instanceof Map ? (Map<String, Object>) v : Collections.emptyMap();
    }

    /** The array at {@code key}, or an empty list. */
    @SuppressWarnings("unchecked")
    public static List<Object> list(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        return v instanceof List ? (List<Object>) v : Collections.emptyList();
    }

    /** {@code v} as an object, or an empty map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObj(Object v) {
        return v instanceof Map ? (Map<String, Object>) v : Collections.emptyMap();
    }

    /** The string at {@code key} (numbers and booleans rendered), or null. */
    public static String str(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return null;
    }

    /** The integer at {@code key} (a number, or a string of digits / 0x hex), or null. */
    public static Long lng(Map<String, Object> m, String key) {
        return toLong(m == null ? null : m.get(key));
    }

    /** {@code v} as a long (a number, or a string of digits / 0x hex), or null. */
    public static Long toLong(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? b.longValue() : null;
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? null : (long) d.doubleValue();
        }
        if (v instanceof String str) {
            String t = str.strip().replace(",", "");
            try {
                if (t.startsWith("0x") || t.startsWith("0X")) {
                    return Long.parseLong(t.substring(2), 16);
                }
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The boolean at {@code key} (true/false, or "1"/"0" as lsblk ≤ 2.32 printed), or null. */
    public static Boolean bool(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        if ("1".equals(v) || Long.valueOf(1).equals(v)) {
            return true;
        }
        if ("0".equals(v) || Long.valueOf(0).equals(v)) {
            return false;
        }
        return null;
    }
}
