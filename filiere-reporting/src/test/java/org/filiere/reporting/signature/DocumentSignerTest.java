package org.filiere.reporting.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.filiere.FiliereException;
import org.filiere.reporting.certificate.SanitizationCertificate;
import org.filiere.reporting.certificate.SanitizationCertificates;
import org.filiere.reporting.json.JsonDocuments;
import org.filiere.reporting.testdata.Samples;
import org.filiere.sanitization.Level;
import org.filiere.sanitization.SanitizationRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSignerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-02T12:00:00Z"), ZoneOffset.UTC);
    private static final KeyPair KEYS = SigningKeys.generate();
    private static final DocumentSigner SIGNER = new DocumentSigner(KEYS);

    @TempDir
    Path dir;

    static byte[] signedCertificateBytes() {
        SanitizationRecord r = Samples.nwipeHdd("WD-WCC4N1234567");
        SanitizationCertificate signed = SIGNER.sign(SanitizationCertificates.issue(r, Samples.request(r, Level.CLEAR), CLOCK));
        return JsonDocuments.writePretty(signed).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSignedCertificateVerifiesAndNamesItsKeysFingerprint() {
        byte[] bytes = signedCertificateBytes();
        SignatureCheck check = DocumentSigner.verify(bytes, "c.json", null);
        assertThat(check.problems()).isEmpty();
        assertThat(check.valid()).isTrue();
        assertThat(check.fingerprint()).isEqualTo(SIGNER.fingerprint()).matches("SHA256:[0-9a-f]{64}");
        assertThat(check.documentType()).isEqualTo("SANITIZATION_CERTIFICATE");
        assertThat(DocumentSigner.verify(bytes, "c.json", KEYS.getPublic()).valid()).isTrue();
    }

    @Test
    void flippingAnyByteOfASignedDocumentMakesVerificationFail() {
        byte[] original = signedCertificateBytes();
        for (int mask : new int[] {0x01, 0x20, 0x80}) {
            for (int i = 0; i < original.length; i++) {
                byte[] bytes = original.clone();
                bytes[i] ^= (byte) mask;
                SignatureCheck check = DocumentSigner.verify(bytes, "c.json", null);
                assertThat(check.valid()).as("byte %d ('%c') mask %x", i, (char) original[i], mask).isFalse();
            }
        }
    }

    @Test
    void reindentingDoesNotChangeTheSignedContent() throws Exception {
        byte[] bytes = signedCertificateBytes();
        byte[] compact = JsonDocuments.mapper().writeValueAsBytes(JsonDocuments.readTree(bytes, "c"));
        assertThat(compact.length).isLessThan(bytes.length);
        assertThat(DocumentSigner.verify(compact, "c.json", null).valid()).isTrue();
    }

    @Test
    void aDocumentResignedWithAnotherKeyFailsAgainstTheTrustedKey() {
        SanitizationRecord r = Samples.nvmePurge("S4DXNF0M400001");
        DocumentSigner other = new DocumentSigner(SigningKeys.generate());
        byte[] bytes = JsonDocuments.writePretty(other.sign(SanitizationCertificates.issue(r,
                Samples.request(r, Level.PURGE), CLOCK))).getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentSigner.verify(bytes, "c", null).valid()).isTrue();
        SignatureCheck check = DocumentSigner.verify(bytes, "c", KEYS.getPublic());
        assertThat(check.valid()).isFalse();
        assertThat(check.problems()).anyMatch(p -> p.contains("not by the trusted key"));
    }

    @Test
    void aChangedValueIsReportedAsAContentChange() throws Exception {
        ObjectNode tree = (ObjectNode) JsonDocuments.readTree(signedCertificateBytes(), "c");
        ((ObjectNode) tree.get("record")).put("bytesErased", 1);
        SignatureCheck check = DocumentSigner.verify(JsonDocuments.mapper().writeValueAsBytes(tree), "c", null);
        assertThat(check.problems()).contains("content hash does not match: the document was changed after signing",
                "signature does not verify");
        tree.remove("signature");
        assertThat(DocumentSigner.verify(JsonDocuments.mapper().writeValueAsBytes(tree), "c", null).problems())
                .containsExactly("no signature block");
    }

    @Test
    void pemKeysRoundTripAndAreNotOverwritten() {
        SigningKeys.KeyFiles files = SigningKeys.generateFiles(dir);
        KeyPair loaded = SigningKeys.loadPem(files.privateKey());
        assertThat(SigningKeys.fingerprint(loaded.getPublic())).isEqualTo(files.fingerprint());
        assertThat(SigningKeys.loadPublicKey(files.publicKey()).getEncoded()).isEqualTo(loaded.getPublic().getEncoded());
        byte[] signed = JsonDocuments.writePretty(new DocumentSigner(loaded).sign(
                SanitizationCertificates.issue(Samples.nvmePurge("X"), Samples.request(Samples.nvmePurge("X"),
                        Level.PURGE), CLOCK))).getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentSigner.verify(signed, "c", SigningKeys.loadPublicKey(files.publicKey())).valid()).isTrue();
        assertThatThrownBy(() -> SigningKeys.generateFiles(dir)).isInstanceOf(FiliereException.class)
                .hasMessageContaining("refusing to overwrite");
    }

    @Test
    void aPkcs12StoreMadeByKeytoolIsLoaded() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Assumptions.assumeTrue(Files.isExecutable(keytool), "keytool not found in java.home: skipping PKCS#12 test");
        Path store = dir.resolve("hub.p12");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-keyalg", "Ed25519", "-alias", "hub",
                "-dname", "CN=filiere hub", "-validity", "365", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        KeyPair pair = SigningKeys.loadPkcs12(store, "changeit".toCharArray(), null);
        DocumentSigner signer = new DocumentSigner(pair);
        byte[] signed = JsonDocuments.writePretty(signer.sign(SanitizationCertificates.issue(Samples.nvmePurge("X"),
                Samples.request(Samples.nvmePurge("X"), Level.PURGE), CLOCK))).getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentSigner.verify(signed, "c", pair.getPublic()).valid()).isTrue();
    }
}
