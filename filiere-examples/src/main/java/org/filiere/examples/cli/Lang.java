package org.filiere.examples.cli;

import java.util.List;

/**
 * The language of human output: French by default, English with {@code --lang en}. Immutable and thread-safe.
 *
 * <pre>{@code
 * out.println(lang.t("Convention valide", "Valid agreement"));
 * }</pre>
 */
public enum Lang {
    FR, EN;

    /** Picks the French or English text. */
    public String t(String french, String english) {
        return this == EN ? english : french;
    }

    /** The locale of this language (dates, numbers, validation messages). */
    public java.util.Locale locale() {
        return this == EN ? java.util.Locale.ENGLISH : java.util.Locale.FRENCH;
    }

    /** The language of rendered documents (PDF) matching this one. */
    public org.filiere.reporting.render.Language language() {
        return this == EN ? org.filiere.reporting.render.Language.EN : org.filiere.reporting.render.Language.FR;
    }

    /** Parses {@code fr} or {@code en} (case-insensitive). */
    public static Lang parse(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "en" -> EN;
            case "fr" -> FR;
            default -> throw new IllegalArgumentException("unknown language '" + value + "' (fr or en)");
        };
    }

    static Lang fromArgs(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang") && i + 1 < args.size()) {
                return "en".equalsIgnoreCase(args.get(i + 1)) ? EN : FR;
            }
            if (a.startsWith("--lang=")) {
                return "en".equalsIgnoreCase(a.substring(7)) ? EN : FR;
            }
        }
        return FR;
    }
}
