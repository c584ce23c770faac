package org.filiere.reporting.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.filiere.FiliereException;
import org.filiere.internal.Require;
import org.filiere.reporting.json.CanonicalJson;
import org.filiere.reporting.json.DocumentException;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.reporting.json.SchemaVersion;

/**
 * Signs documents with Ed25519 and verifies them. The signed bytes are the canonical JSON
 * ({@link CanonicalJson}: sorted keys, no whitespace) of the document without its {@code signature}
 * property; the signature block ({@link DocumentSignature}) records the public key, its fingerprint, the
 * SHA-256 of those bytes and the signature. Any change to the content, the key or the signature makes
 * verification fail; re-indenting the file does not (the canonical form ignores insignificant whitespace).
 *
 * <p>Without a trusted key, verification proves the document is unchanged since the holder of the named key
 * signed it: compare the printed fingerprint with the network's published one, or pass the public key.
 *
 * <p>Instances are immutable and thread-safe ({@link Signature} objects are created per call).
 *
 * <pre>{@code
 * DocumentSigner signer = new DocumentSigner(SigningKeys.loadPem(Path.of("keys/signing-key.pem")));
 * SanitizationCertificate signed = signer.sign(certificate);
 * SignatureCheck check = DocumentSigner.verify(Files.readAllBytes(file), "cert.json", trustedKey);
 * }</pre>
 */
public final class DocumentSigner {
    /** The property holding the signature block. */
    public static final String SIGNATURE = "signature";

    private static final HexFormat HEX = HexFormat.of();
    private static final Set<String> BLOCK_FIELDS = Set.of("algorithm", "publicKey", "publicKeyFingerprint",
            "contentSha256", "value");

    private final KeyPair keys;
    private final String fingerprint;

    /** A signer with {@code keys} (Ed25519). */
    public DocumentSigner(KeyPair keys) {
        Require.nonNull(keys, "keys");
        Require.that("Ed25519".equalsIgnoreCase(keys.getPrivate().getAlgorithm())
                || "EdDSA".equalsIgnoreCase(keys.getPrivate().getAlgorithm()), "keys", "must be an Ed25519 key pair");
        this.keys = keys;
        this.fingerprint = SigningKeys.fingerprint(keys.getPublic());
    }

    /** The fingerprint of this signer's public key. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The public key. */
    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** Returns {@code document} carrying a signature over its canonical content. */
    public <T extends Signable<T>> T sign(T document) {
        Require.nonNull(document, "document");
        // Sign what a reader will see: the tree of the JSON text, not of the Java value.
        JsonNode tree = JsonDocuments.readTree(JsonDocuments.writePretty(document.withSignature(null))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "document");
        if (!tree.isObject()) {
            throw new FiliereException("a signed document must be a JSON object");
        }
        ObjectNode content = ((ObjectNode) tree).deepCopy();
        content.remove(SIGNATURE);
        byte[] canonical = CanonicalJson.bytes(content);
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(keys.getPrivate());
            s.update(canonical);
            return document.withSignature(new DocumentSignature(DocumentSignature.ED25519,
                    HEX.formatHex(keys.getPublic().getEncoded()), fingerprint, sha256(canonical),
                    HEX.formatHex(s.sign())));
        } catch (GeneralSecurityException e) {
            throw new FiliereException("cannot sign document", e);
        }
    }

    /** Verifies the signed document in {@code file}; throws {@link DocumentException} only when unreadable. */
    public static SignatureCheck verify(Path file, PublicKey trusted) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DocumentException.fileNotFound(file.toString(), e);
        } catch (IOException e) {
            throw DocumentException.unreadable(file.toString(), e);
        }
        return verify(bytes, file.toString(), trusted);
    }

    /**
     * Verifies a signed document's bytes. Never throws for bad content: a document that is not JSON, has no
     * or a malformed signature block, or whose content or signature does not match, is reported invalid
     * with the reasons.
     *
     * @param trusted the expected signer's key, or null to check against the key the document names
     */
    public static SignatureCheck verify(byte[] bytes, String sourceName, PublicKey trusted) {
        List<String> problems = new ArrayList<>();
        JsonNode tree;
        try {
            tree = JsonDocuments.readTree(bytes, sourceName);
        } catch (DocumentException e) {
            return new SignatureCheck(false, List.of("not a readable JSON document: " + e.getMessage()), null, null,
                    null, trusted != null);
        }
        if (!tree.isObject()) {
            return new SignatureCheck(false, List.of("not a JSON object"), null, null, null, trusted != null);
        }
        String type = tree.path("documentType").isTextual() ? tree.get("documentType").textValue() : null;
        String id = tree.path("id").isTextual() ? tree.get("id").textValue() : null;
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != SchemaVersion.CURRENT) {
            problems.add("unsupported or missing schemaVersion " + version);
        }
        JsonNode block = tree.get(SIGNATURE);
        if (block == null || !block.isObject()) {
            problems.add("no signature block");
            return new SignatureCheck(false, problems, null, type, id, trusted != null);
        }
        Set<String> fields = new TreeSet<>();
        block.fieldNames().forEachRemaining(fields::add);
        if (!fields.equals(new TreeSet<>(BLOCK_FIELDS))) {
            problems.add("signature block has fields " + fields + ", expected " + new TreeSet<>(BLOCK_FIELDS));
            return new SignatureCheck(false, problems, null, type, id, trusted != null);
        }
        DocumentSignature sig;
        try {
            sig = JsonDocuments.convert(block, sourceName, DocumentSignature.class);
        } catch (FiliereException e) {
            problems.add("malformed signature block: " + e.getMessage());
            return new SignatureCheck(false, problems, null, type, id, trusted != null);
        }
        PublicKey named;
        try {
            named = SigningKeys.publicKey(HEX.parseHex(sig.publicKey()), "signature.publicKey");
        } catch (FiliereException e) {
            problems.add("signature names an unreadable public key");
            return new SignatureCheck(false, problems, sig.publicKeyFingerprint(), type, id, trusted != null);
        }
        String fp = SigningKeys.fingerprint(named);
        if (!fp.equals(sig.publicKeyFingerprint())) {
            problems.add("public key fingerprint does not match the public key");
        }
        if (trusted != null && !java.util.Arrays.equals(trusted.getEncoded(), named.getEncoded())) {
            problems.add("signed by " + fp + ", not by the trusted key " + SigningKeys.fingerprint(trusted));
        }
        ObjectNode content = ((ObjectNode) tree).deepCopy();
        content.remove(SIGNATURE);
        byte[] canonical = CanonicalJson.bytes(content);
        if (!sha256(canonical).equals(sig.contentSha256())) {
            problems.add("content hash does not match: the document was changed after signing");
        }
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(named);
            s.update(canonical);
            if (!s.verify(HEX.parseHex(sig.value()))) {
                problems.add("signature does not verify");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            problems.add("signature does not verify: " + e.getMessage());
        }
        return new SignatureCheck(problems.isEmpty(), problems, fp, type, id, trusted != null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new FiliereException("SHA-256 unavailable", e);
        }
    }
}
