package org.filiere.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filiere.reporting.signature.SigningKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code filiere keys generate --out DIR}: creates the hub's Ed25519 signing key pair (PEM). */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"Clés de signature. / Signing keys."},
        subcommands = {KeysCommand.Generate.class})
final class KeysCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a sub-command is required: generate");
    }

    /** {@code keys generate}. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Crée une paire de clés Ed25519 (signing-key.pem, signing-key.pub.pem) sans écraser l'existant.",
                "Creates an Ed25519 key pair (signing-key.pem, signing-key.pub.pem) without overwriting."})
    static final class Generate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the key files.")
        Path out;

        @Override
        public Integer call() {
            SigningKeys.KeyFiles files = SigningKeys.generateFiles(out);
            PrintWriter w = spec.commandLine().getOut();
            if (common.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("privateKey", files.privateKey().toString());
                m.put("publicKey", files.publicKey().toString());
                m.put("fingerprint", files.fingerprint());
                CommonOptions.printJson(w, m);
            } else {
                w.println(common.lang.t("Clé privée : ", "Private key: ") + files.privateKey());
                w.println(common.lang.t("Clé publique : ", "Public key: ") + files.publicKey());
                w.println(common.lang.t("Empreinte : ", "Fingerprint: ") + files.fingerprint());
                w.flush();
            }
            return ExitCodes.OK;
        }
    }
}
