package org.filiere.reporting.render;

/**
 * The language of a rendered document: French (the default for people in the network) or English.
 * Immutable and thread-safe.
 */
public enum Language {
    FR, EN;

    /** Picks the French or English text. */
    public String t(String french, String english) {
        return this == EN ? english : french;
    }
}
