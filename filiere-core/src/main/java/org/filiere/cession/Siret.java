package org.filiere.cession;

import org.filiere.internal.Require;

/**
 * A French establishment identifier (SIRET): 14 digits, the 9-digit SIREN of the legal entity followed by
 * a 5-digit establishment number (NIC). Immutable.
 *
 * <p>The constructor checks only the shape (14 digits) so that an agreement with a mistyped number can be
 * represented and reported; {@link #hasValidChecksum()} runs the INSEE key check: the Luhn algorithm over
 * the 14 digits. La Poste's establishments (SIREN 356 000 000) are too many for the 5-digit NIC to carry a
 * Luhn key: their SIRETs are also accepted when the sum of their digits is divisible by 5 (the head office,
 * 356 000 000 00048, passes Luhn).
 *
 * <pre>{@code
 * Siret s = Siret.parse("220 500 013 00010");   // spaces are accepted and dropped
 * s.hasValidChecksum();                          // true
 * }</pre>
 *
 * @param digits the 14 digits, without spaces
 */
public record Siret(String digits) {
    private static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        Require.nonNull(digits, "siret");
        Require.that(digits.matches("[0-9]{14}"), "siret", "a SIRET is 14 digits");
    }

    /** Parses a SIRET written with or without spaces; throws {@code FiliereException} when not 14 digits. */
    public static Siret parse(String text) {
        Require.nonNull(text, "siret");
        return new Siret(text.replace(" ", ""));
    }

    /** True when {@code text} (spaces allowed) has the shape of a SIRET. */
    public static boolean isWellFormed(String text) {
        return text != null && text.replace(" ", "").matches("[0-9]{14}");
    }

    /** The SIREN: the first 9 digits, identifying the legal entity. */
    public String siren() {
        return digits.substring(0, 9);
    }

    /** True when the check key holds (Luhn, or La Poste's digit-sum rule for SIREN 356 000 000). */
    public boolean hasValidChecksum() {
        if (luhn(digits)) {
            return true;
        }
        if (digits.startsWith(LA_POSTE_SIREN)) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                sum += digits.charAt(i) - '0';
            }
            return sum % 5 == 0;
        }
        return false;
    }

    /** The Luhn (mod 10) check over {@code number}'s digits. */
    static boolean luhn(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int d = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return digits;
    }
}
