package org.filiere.reporting.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filiere.FiliereException;
import org.filiere.internal.Require;

/**
 * Ed25519 keys from the JDK: generation, PEM files (PKCS#8 private key, X.509 SubjectPublicKeyInfo public
 * key, as {@code openssl genpkey -algorithm ed25519} writes them), PKCS#12 key stores (as {@code keytool
 * -genkeypair -keyalg Ed25519 -storetype PKCS12} writes them), and fingerprints. Stateless and thread-safe.
 *
 * <pre>{@code
 * KeyFiles files = SigningKeys.generateFiles(Path.of("keys"));       // signing-key.pem + signing-key.pub.pem
 * KeyPair pair = SigningKeys.loadPem(files.privateKey());
 * String fp = SigningKeys.fingerprint(pair.getPublic());              // SHA256:3f9a...
 * }</pre>
 */
public final class SigningKeys {
    /** The private key file name {@link #generateFiles(Path)} writes. */
    public static final String PRIVATE_KEY_FILE = "signing-key.pem";
    /** The public key file name {@link #generateFiles(Path)} writes. */
    public static final String PUBLIC_KEY_FILE = "signing-key.pub.pem";

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private SigningKeys() {
    }

    /** Where {@link #generateFiles(Path)} wrote the keys. */
    public record KeyFiles(Path privateKey, Path publicKey, String fingerprint) {
    }

    /** A new Ed25519 key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new FiliereException("Ed25519 is not available in this JDK", e);
        }
    }

    /**
     * Generates a key pair and writes it into {@code dir} as PEM ({@value #PRIVATE_KEY_FILE}, readable by the
     * owner only where the file system allows, and {@value #PUBLIC_KEY_FILE}). Refuses to overwrite.
     */
    public static KeyFiles generateFiles(Path dir) {
        KeyPair pair = generate();
        Path priv = dir.resolve(PRIVATE_KEY_FILE);
        Path pub = dir.resolve(PUBLIC_KEY_FILE);
        try {
            Files.createDirectories(dir);
            if (Files.exists(priv) || Files.exists(pub)) {
                throw new FiliereException("key files already exist: refusing to overwrite").with("dir", dir);
            }
            Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(priv, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: permissions are the platform's default.
            }
            Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new FiliereException("cannot write key files", e).with("dir", dir);
        }
        return new KeyFiles(priv, pub, fingerprint(pair.getPublic()));
    }

    /** PEM text of DER bytes with the given label. */
    public static String pem(String label, byte[] der) {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
    }

    /**
     * Loads a PEM private key (PKCS#8 {@code PRIVATE KEY}) and derives nothing else: the returned pair's
     * public key comes from a {@code PUBLIC KEY} block in the same file, or from the sibling
     * {@code *.pub.pem} file written by {@link #generateFiles(Path)}.
     */
    public static KeyPair loadPem(Path privateKeyFile) {
        String text = read(privateKeyFile);
        PrivateKey priv = null;
        PublicKey pub = null;
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2));
            if (m.group(1).equals("PRIVATE KEY")) {
                priv = privateKey(der, privateKeyFile);
            } else if (m.group(1).equals("PUBLIC KEY")) {
                pub = publicKey(der, privateKeyFile);
            }
        }
        if (priv == null) {
            throw new FiliereException("no PKCS#8 'PRIVATE KEY' block").with("file", privateKeyFile);
        }
        if (pub == null) {
            String name = privateKeyFile.getFileName().toString();
            Path sibling = privateKeyFile.resolveSibling(name.endsWith(".pem")
                    ? name.substring(0, name.length() - 4) + ".pub.pem" : name + ".pub.pem");
            if (!Files.exists(sibling)) {
                throw new FiliereException("public key not found next to the private key").with("file", sibling);
            }
            pub = loadPublicKey(sibling);
        }
        return new KeyPair(pub, priv);
    }

    /** Loads a public key: PEM {@code PUBLIC KEY} (X.509 SPKI), or a PKCS#12 store's first certificate. */
    public static PublicKey loadPublicKey(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".p12") || name.endsWith(".pfx")) {
            throw new FiliereException("give the PEM public key, or use loadPkcs12 for a key store").with("file", file);
        }
        Matcher m = PEM.matcher(read(file));
        while (m.find()) {
            if (m.group(1).equals("PUBLIC KEY")) {
                return publicKey(Base64.getMimeDecoder().decode(m.group(2)), file);
            }
        }
        throw new FiliereException("no X.509 'PUBLIC KEY' block").with("file", file);
    }

    /**
     * Loads the Ed25519 key pair stored under {@code alias} (or the first key entry when null) in a PKCS#12
     * key store.
     */
    public static KeyPair loadPkcs12(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            String chosen = alias;
            if (chosen == null) {
                for (Enumeration<String> e = ks.aliases(); e.hasMoreElements(); ) {
                    String a = e.nextElement();
                    if (ks.isKeyEntry(a)) {
                        chosen = a;
                        break;
                    }
                }
            }
            if (chosen == null || !ks.isKeyEntry(chosen)) {
                throw new FiliereException("no private key entry in key store").with("file", file)
                        .with("alias", alias);
            }
            Key key = ks.getKey(chosen, password);
            Certificate cert = ks.getCertificate(chosen);
            if (!(key instanceof PrivateKey pk) || cert == null) {
                throw new FiliereException("key store entry has no private key and certificate").with("file", file);
            }
            requireEd25519(pk.getAlgorithm(), file);
            return new KeyPair(cert.getPublicKey(), pk);
        } catch (IOException | GeneralSecurityException e) {
            throw new FiliereException("cannot read PKCS#12 key store", e).with("file", file);
        }
    }

    /** {@code SHA256:} followed by the hex SHA-256 of the key's X.509 SPKI encoding. */
    public static String fingerprint(PublicKey key) {
        Require.nonNull(key, "key");
        try {
            return "SHA256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new FiliereException("SHA-256 unavailable", e);
        }
    }

    /** Decodes an X.509 SPKI Ed25519 public key. */
    public static PublicKey publicKey(byte[] spki, Object source) {
        try {
            PublicKey k = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            requireEd25519(k.getAlgorithm(), source);
            return k;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new FiliereException("not an Ed25519 public key", e).with("source", source);
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8, Object source) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new FiliereException("not an Ed25519 private key", e).with("file", source);
        }
    }

    private static void requireEd25519(String algorithm, Object source) {
        if (!"Ed25519".equalsIgnoreCase(algorithm) && !"EdDSA".equalsIgnoreCase(algorithm)) {
            throw new FiliereException("key is not Ed25519").with("algorithm", algorithm).with("source", source);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new FiliereException("cannot read key file", e).with("file", file);
        }
    }
}
