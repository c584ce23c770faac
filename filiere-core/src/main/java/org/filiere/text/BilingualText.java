package org.filiere.text;

import java.util.Locale;
import org.filiere.internal.Require;

/**
 * A short text for people in French and English: the project's documents and messages are French by
 * default, English on request. Immutable and thread-safe.
 *
 * <pre>{@code
 * BilingualText t = new BilingualText("Disque gelé", "Drive frozen");
 * t.in(Locale.ENGLISH); // "Drive frozen"
 * }</pre>
 *
 * @param fr the French text, never blank
 * @param en the English text, never blank
 */
public record BilingualText(String fr, String en) {
    public BilingualText {
        Require.nonBlank(fr, "text.fr");
        Require.nonBlank(en, "text.en");
    }

    /** The text in {@code locale}: English when its language is {@code en}, French otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : fr;
    }

    /** Both texts joined by a separator ({@code fr + separator + other.fr}, same for English). */
    public BilingualText then(String separator, BilingualText other) {
        Require.nonNull(other, "other");
        return new BilingualText(fr + separator + other.fr, en + separator + other.en);
    }

    @Override
    public String toString() {
        return en;
    }
}
