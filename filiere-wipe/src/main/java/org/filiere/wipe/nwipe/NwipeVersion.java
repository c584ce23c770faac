package org.filiere.wipe.nwipe;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filiere.internal.Require;

/**
 * An nwipe version as {@code nwipe --version} prints it ({@code nwipe version 0.33}). Debian's package 0.34-1+b1
 * reports 0.33: decide on features by what the binary says, never by the package name. Immutable.
 *
 * @param major major number
 * @param minor minor number
 * @param text  the version as printed ({@code "0.33"})
 */
public record NwipeVersion(int major, int minor, String text) implements Comparable<NwipeVersion> {
    private static final Pattern P = Pattern.compile("(?:nwipe(?: version)?\\s+)?v?(\\d+)\\.(\\d+)(?:\\.\\d+)?");

    public NwipeVersion {
        Require.nonBlank(text, "text");
    }

    /** Parses {@code "nwipe version 0.33"} or {@code "0.35"}; empty when no version is found. */
    public static Optional<NwipeVersion> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = P.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new NwipeVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(1) + "." + m.group(2)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when this version is at least {@code other} ({@code "0.35"}). */
    public boolean atLeast(String other) {
        return parse(other).map(o -> compareTo(o) >= 0).orElse(false);
    }

    /** 0.35 added the PDF certificate and {@code --PDFreportpath}. */
    public boolean hasPdfReport() {
        return atLeast("0.35");
    }

    @Override
    public int compareTo(NwipeVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }
}
