package org.filiere.reporting.signature;

import org.filiere.internal.Require;

/**
 * The signature block of a signed document ({@code "signature": {...}}). All binary values are lower-case
 * hex so that a document has exactly one spelling of them. Immutable.
 *
 * @param algorithm            always {@value #ED25519}
 * @param publicKey            the signer's public key, X.509 SubjectPublicKeyInfo DER, hex
 * @param publicKeyFingerprint {@code SHA256:} + hex SHA-256 of that DER: what people compare
 * @param contentSha256        SHA-256 (hex) of the canonical JSON of the document without its signature block
 * @param value                the Ed25519 signature (64 bytes, hex) over that canonical JSON
 */
public record DocumentSignature(String algorithm, String publicKey, String publicKeyFingerprint,
                                String contentSha256, String value) {
    /** The only algorithm used. */
    public static final String ED25519 = "Ed25519";

    public DocumentSignature {
        Require.that(ED25519.equals(algorithm), "signature.algorithm", "must be " + ED25519);
        Require.that(publicKey != null && publicKey.matches("([0-9a-f]{2})+"), "signature.publicKey",
                "must be lower-case hex");
        Require.that(publicKeyFingerprint != null && publicKeyFingerprint.matches("SHA256:[0-9a-f]{64}"),
                "signature.publicKeyFingerprint", "must be SHA256: and 64 lower-case hex digits");
        Require.that(contentSha256 != null && contentSha256.matches("[0-9a-f]{64}"), "signature.contentSha256",
                "must be 64 lower-case hex digits");
        Require.that(value != null && value.matches("[0-9a-f]{128}"), "signature.value",
                "must be 128 lower-case hex digits");
    }
}
