package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.filiere.reporting.signature.DocumentSigner;
import org.filiere.reporting.signature.SigningKeys;

/** Resolves the signing key of the document-writing commands. */
final class Signers {
    private Signers() {
    }

    /**
     * The signer of {@code key} (a PEM private key), or, without one, of {@code OUT/keys/signing-key.pem},
     * created on first use (and announced on stderr with its fingerprint).
     */
    static DocumentSigner resolve(Path key, Path outDir, PrintWriter err, Lang lang) {
        if (key != null) {
            return new DocumentSigner(SigningKeys.loadPem(key));
        }
        Path dir = outDir.resolve("keys");
        Path priv = dir.resolve(SigningKeys.PRIVATE_KEY_FILE);
        if (Files.exists(priv)) {
            return new DocumentSigner(SigningKeys.loadPem(priv));
        }
        SigningKeys.KeyFiles files = SigningKeys.generateFiles(dir);
        err.println(lang.t("Aucune clé fournie (--key) : nouvelle clé créée dans ", "No key given (--key): new key created in ")
                + dir + " (" + files.fingerprint() + ")");
        err.flush();
        return new DocumentSigner(SigningKeys.loadPem(files.privateKey()));
    }
}
