package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filiere.reporting.signature.DocumentSigner;
import org.filiere.reporting.signature.SignatureCheck;
import org.filiere.reporting.signature.SigningKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code filiere verify FILE.json [--public-key FILE]}: verifies a signed certificate, attestation or impact
 * sheet. Exit 0 when the content hash and the Ed25519 signature hold (and the key is the given one), 1 when
 * not (including a document damaged so that it is no longer JSON), 2 when the file cannot be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Vérifie la signature d'un certificat, d'une attestation ou d'une fiche d'impact.",
            "Verifies the signature of a certificate, attestation or impact sheet.",
            "Exit: 0 valid, 1 invalid or altered, 2 unreadable file."})
final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE.json", description = "Signed document.")
    Path file;

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "Trusted public key (PEM); without it the key named in the document is used and its fingerprint printed.")
    Path publicKey;

    @Override
    public Integer call() {
        PublicKey trusted = publicKey == null ? null : SigningKeys.loadPublicKey(publicKey);
        SignatureCheck check = DocumentSigner.verify(file, trusted);
        PrintWriter out = spec.commandLine().getOut();
        Lang l = common.lang;
        if (common.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("valid", check.valid());
            m.put("file", file.toString());
            m.put("documentType", check.documentType());
            m.put("id", check.documentId());
            m.put("fingerprint", check.fingerprint());
            m.put("trustedKey", check.trustedKey());
            m.put("problems", check.problems());
            CommonOptions.printJson(out, m);
        } else if (check.valid()) {
            out.println(l.t("Signature valide : ", "Valid signature: ") + file + " (" + check.documentType() + " "
                    + check.documentId() + ")");
            out.println(l.t("Clé : ", "Key: ") + check.fingerprint() + (check.trustedKey()
                    ? l.t(" (clé de confiance fournie)", " (trusted key given)")
                    : l.t(" — comparez cette empreinte avec celle publiée par la filière",
                    " — compare this fingerprint with the one the network publishes")));
        } else {
            out.println(l.t("Signature NON valide : ", "INVALID signature: ") + file);
            check.problems().forEach(p -> out.println("  - " + p));
        }
        out.flush();
        return check.valid() ? ExitCodes.OK : ExitCodes.PROBLEM;
    }
}
