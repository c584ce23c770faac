package org.filiere.reporting.render;

import java.util.List;
import java.util.Locale;
import org.filiere.internal.Require;

/**
 * CSV text as RFC 4180 defines it: CRLF line ends, a header row, fields quoted with {@code "} when they hold
 * the separator, a quote, CR or LF (quotes doubled). Two dialects: {@link #RFC4180} (comma, decimal point)
 * and {@link #FRENCH} (semicolon, decimal comma), the one French spreadsheets open directly. Stateless and
 * thread-safe.
 */
public enum Csv {
    /** Comma-separated, decimal point. */
    RFC4180(',', '.'),
    /** Semicolon-separated, decimal comma (French spreadsheets). */
    FRENCH(';', ',');

    private final char separator;
    private final char decimal;

    Csv(char separator, char decimal) {
        this.separator = separator;
        this.decimal = decimal;
    }

    /** The field separator. */
    public char separator() {
        return separator;
    }

    /** The CSV text of a header and rows. */
    public String write(List<String> header, List<List<String>> rows) {
        Require.nonNull(header, "header");
        StringBuilder sb = new StringBuilder();
        line(header, sb);
        for (List<String> r : rows) {
            Require.that(r.size() == header.size(), "rows", "every row must have " + header.size() + " fields");
            line(r, sb);
        }
        return sb.toString();
    }

    /** A number with this dialect's decimal mark, no grouping, {@code decimals} digits. */
    public String number(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v).replace('.', decimal);
    }

    private void line(List<String> fields, StringBuilder sb) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(separator) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\r') >= 0 || f.indexOf('\n') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        sb.append("\r\n");
    }
}
