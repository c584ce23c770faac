package org.filiere.sanitization;

import org.filiere.internal.Require;

/**
 * Where a sanitization rule comes from: the document, the section, and a note saying where later texts
 * differ (NIST SP 800-88 Rev. 2, IEEE 2883-2022) or why the rule was read that way. Certificates cite it.
 * Immutable and thread-safe.
 *
 * <p>{@code verified} is false when the project's reference notes (shared {@code reference/sanitization.md})
 * mark the underlying fact as not yet checked against the primary text: such a reference is fine for a
 * decision but should be checked before it is quoted verbatim on a certificate.
 *
 * <pre>{@code
 * StandardReference r = StandardReference.nistR1("Appendix A, Table A-8", "flash media", false);
 * r.citation(); // "NIST SP 800-88 Rev. 1, Appendix A, Table A-8"
 * }</pre>
 *
 * @param document the document ({@code "NIST SP 800-88 Rev. 1"}, {@code "IEEE 2883-2022"})
 * @param section  the section, table or figure
 * @param note     what differs in later texts or how the rule is read, or null
 * @param verified whether the fact was checked against the primary text
 */
public record StandardReference(String document, String section, String note, boolean verified) {
    /** NIST SP 800-88 Rev. 1 (December 2014), the revision whose Appendix A tables this matrix encodes. */
    public static final String NIST_R1 = "NIST SP 800-88 Rev. 1";
    /** NIST SP 800-88 Rev. 2 (September 2025), which defers technique details to IEEE 2883. */
    public static final String NIST_R2 = "NIST SP 800-88 Rev. 2";
    /** IEEE Std 2883-2022, Standard for Sanitizing Storage. */
    public static final String IEEE_2883 = "IEEE 2883-2022";
    /** The workshop report the project comes from. */
    public static final String WORKSHOP = "Compte-rendu atelier territorial Cycle 2 Zone Nord (Banque du Numérique, 1 June 2026)";

    public StandardReference {
        Require.nonBlank(document, "reference.document");
        Require.nonBlank(section, "reference.section");
        note = note == null || note.isBlank() ? null : note;
    }

    /** A NIST SP 800-88 Rev. 1 reference. */
    public static StandardReference nistR1(String section, String note, boolean verified) {
        return new StandardReference(NIST_R1, section, note, verified);
    }

    /** Document and section, e.g. {@code "NIST SP 800-88 Rev. 1, Appendix A, Table A-8"}. */
    public String citation() {
        return document + ", " + section;
    }

    /** The citation followed by the note and, when unverified, a mark saying so. */
    public String text() {
        StringBuilder sb = new StringBuilder(citation());
        if (note != null) {
            sb.append(" — ").append(note);
        }
        if (!verified) {
            sb.append(" [unverified]");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
