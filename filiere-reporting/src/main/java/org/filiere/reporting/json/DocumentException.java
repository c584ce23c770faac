package org.filiere.reporting.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.filiere.FiliereException;

/**
 * A document that cannot be read: missing file, I/O error, malformed JSON, or a value of the wrong type.
 * Carries the file, line, column and JSON path where known. The CLI maps it to exit code 2.
 * Immutable once thrown, like every {@link FiliereException}.
 */
public class DocumentException extends FiliereException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final long column;
    private final String path;

    /**
     * @param reason what is wrong
     * @param file   the file name, or null
     * @param line   1-based line, or -1 when unknown
     * @param column 1-based column, or -1 when unknown
     * @param path   JSON-path-like location, or null
     * @param cause  the underlying exception, or null
     */
    public DocumentException(String reason, String file, long line, long column, String path, Throwable cause) {
        super(reason, cause, context(file, line, column, path));
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /** The file does not exist. */
    public static DocumentException fileNotFound(String file, Throwable cause) {
        return new DocumentException("file not found", file, -1, -1, null, cause);
    }

    /** The file exists but cannot be read (permissions, I/O error). */
    public static DocumentException unreadable(String file, java.io.IOException cause) {
        return new DocumentException("cannot read file: " + cause.getMessage(), file, -1, -1, null, cause);
    }

    private static Map<String, Object> context(String file, long line, long column, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (file != null) {
            m.put("file", file);
        }
        if (line > 0) {
            m.put("line", line);
        }
        if (column > 0) {
            m.put("column", column);
        }
        if (path != null && !path.isEmpty()) {
            m.put("path", path);
        }
        return m;
    }

    /** The file name, or null. */
    public String file() {
        return file;
    }

    /** The 1-based line, or -1. */
    public long line() {
        return line;
    }

    /** The 1-based column, or -1. */
    public long column() {
        return column;
    }

    /** The JSON path, or null. */
    public String path() {
        return path;
    }
}
