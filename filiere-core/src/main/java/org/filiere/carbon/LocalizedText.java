package org.filiere.carbon;

import java.util.Locale;
import org.filiere.internal.Require;

/**
 * A text in French and English, for documents given to people. Immutable.
 *
 * @param fr French text
 * @param en English text
 */
public record LocalizedText(String fr, String en) {
    public LocalizedText {
        Require.nonBlank(fr, "fr");
        Require.nonBlank(en, "en");
    }

    /** English for an English locale, French otherwise (French is the default language of the network). */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : fr;
    }
}
