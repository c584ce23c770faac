package org.filiere;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one unchecked root of every exception filiere throws: misuse of the API (an illegal argument, a
 * forbidden lifecycle transition) and broken infrastructure (an unreadable file, a tool that cannot be
 * started). Expected outcomes, such as a failed wipe or an invalid agreement, are values, never
 * exceptions.
 *
 * <p>Each exception carries context as ordered key/value pairs (file, line, device, state...), shown in
 * {@link #getMessage()} so that a log line or a CLI error names what and where.
 *
 * <p>Instances are immutable once thrown; {@link #with(String, Object)} returns a new exception.
 *
 * <pre>{@code
 * throw new FiliereException("cannot read journal").with("file", path).with("line", 12);
 * }</pre>
 */
public class FiliereException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final Map<String, Object> context;

    /** Creates an exception with a reason and no context. */
    public FiliereException(String reason) {
        this(reason, null, Map.of());
    }

    /** Creates an exception with a reason and the cause it wraps. */
    public FiliereException(String reason, Throwable cause) {
        this(reason, cause, Map.of());
    }

    /** Creates an exception with a reason, a cause (may be null) and context. */
    public FiliereException(String reason, Throwable cause, Map<String, ?> context) {
        super(reason, cause);
        this.reason = reason;
        this.context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }

    /** Returns a copy of this exception with one more context entry; the stack trace is kept. */
    public FiliereException with(String key, Object value) {
        Map<String, Object> next = new LinkedHashMap<>(context);
        next.put(key, value);
        FiliereException copy = new FiliereException(reason, getCause(), next);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** The reason without context. */
    public String reason() {
        return reason;
    }

    /** The context entries in insertion order, never null. */
    public Map<String, Object> context() {
        return context;
    }

    @Override
    public String getMessage() {
        if (context.isEmpty()) {
            return reason;
        }
        StringBuilder sb = new StringBuilder(reason).append(" [");
        String sep = "";
        for (Map.Entry<String, Object> e : context.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ", ";
        }
        return sb.append(']').toString();
    }
}
