package org.filiere.reporting.signature;

/**
 * A document that can carry a signature block: certificates, attestations, impact sheets. The signature is
 * computed over the document's canonical JSON without its {@code signature} property.
 *
 * @param <T> the document type
 * Implementations are immutable records (signing returns a new copy), so thread-safe.
 */
public interface Signable<T extends Signable<T>> {
    /** The document's signature block, or null before signing. */
    DocumentSignature signature();

    /** A copy of this document carrying {@code signature}. */
    T withSignature(DocumentSignature signature);
}
