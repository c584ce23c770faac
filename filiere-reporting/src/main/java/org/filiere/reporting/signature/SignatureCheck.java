package org.filiere.reporting.signature;

import java.util.List;
import org.filiere.internal.Require;

/**
 * The outcome of verifying a signed document. Immutable.
 *
 * @param valid        true when the content hash and the signature hold (and the key is the trusted one,
 *                     when one was given)
 * @param problems     why not, each a short English sentence (empty when valid)
 * @param fingerprint  the fingerprint of the key the document names, or null when unreadable
 * @param documentType the document's {@code documentType}, or null
 * @param documentId   the document's {@code id}, or null
 * @param trustedKey   true when the document was checked against a key given by the caller
 */
public record SignatureCheck(boolean valid, List<String> problems, String fingerprint, String documentType,
                             String documentId, boolean trustedKey) {
    public SignatureCheck {
        problems = Require.copy(problems, "problems");
        Require.that(valid == problems.isEmpty(), "problems", "a valid document has no problems and an invalid one has some");
    }
}
