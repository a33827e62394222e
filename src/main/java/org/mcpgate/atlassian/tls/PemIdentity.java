package org.mcpgate.atlassian.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

/**
 * A TLS client identity from two PEM files: the certificate chain (leaf first) and its unencrypted PKCS#8 private
 * key, as mcp-atlassian's users have them. Every problem names the configuration key and the file, never the key
 * material; {@link #toString()} shows only the certificate's subject.
 */
public final class PemIdentity {

    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    private static final String TO_PKCS8 = "convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem"
            + " -out key-pkcs8.pem";

    private final List<X509Certificate> chain;
    private final PrivateKey key;

    private PemIdentity(List<X509Certificate> chain, PrivateKey key) {
        this.chain = List.copyOf(chain);
        this.key = key;
    }

    /** The identity, or the problems that prevent it, each naming {@code certKey} or {@code keyKey}. */
    public static Result read(String certKey, Path certFile, String keyKey, Path keyFile) {
        List<String> problems = new ArrayList<>();
        List<X509Certificate> chain = certificates(certKey, certFile, problems);
        Optional<PrivateKey> key = chain.isEmpty() ? Optional.empty()
                : privateKey(keyKey, keyFile, chain.get(0).getPublicKey().getAlgorithm(), problems);
        if (key.isPresent() && !matches(key.get(), chain.get(0).getPublicKey())) {
            problems.add(keyKey + ": the key in " + keyFile + " does not belong to the certificate in " + certKey
                    + " (" + subject(chain.get(0)) + "); set the key that was issued with that certificate");
        }
        if (!problems.isEmpty() || key.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new PemIdentity(chain, key.get())), List.of());
    }

    /** The identity; for files already checked by {@link #read}. */
    public static PemIdentity load(String certKey, Path certFile, String keyKey, Path keyFile) {
        Result result = read(certKey, certFile, keyKey, keyFile);
        return result.identity().orElseThrow(() -> new IllegalStateException(String.join("; ", result.problems())));
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    /** Key managers that present this identity, from an in-memory key store (nothing written to disk). */
    public KeyManager[] keyManagers() {
        char[] secret = new char[32];
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (char) ('a' + random.nextInt(26));
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("jira-client", key, secret, chain.toArray(new X509Certificate[0]));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, secret);
            return factory.getKeyManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot use the client certificate " + subject(chain.get(0)) + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public String toString() {
        return "client certificate " + subject(chain.get(0));
    }

    private static List<X509Certificate> certificates(String certKey, Path file, List<String> problems) {
        Optional<byte[]> bytes = readable(certKey, file, problems);
        if (bytes.isEmpty()) {
            return List.of();
        }
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            factory.generateCertificates(new ByteArrayInputStream(bytes.get()))
                    .forEach(c -> chain.add((X509Certificate) c));
        } catch (CertificateException e) {
            problems.add(certKey + ": " + file + " is not a PEM certificate chain (-----BEGIN CERTIFICATE-----"
                    + " blocks, the client certificate first)");
            return List.of();
        }
        if (chain.isEmpty()) {
            problems.add(certKey + ": " + file + " holds no certificate; it needs -----BEGIN CERTIFICATE----- blocks,"
                    + " the client certificate first");
            return List.of();
        }
        X509Certificate leaf = chain.get(0);
        Date now = new Date();
        if (leaf.getNotAfter().before(now)) {
            problems.add(certKey + ": the certificate in " + file + " (" + subject(leaf) + ") expired on "
                    + leaf.getNotAfter().toInstant() + "; ask for a new one");
        } else if (leaf.getNotBefore().after(now)) {
            problems.add(certKey + ": the certificate in " + file + " (" + subject(leaf) + ") is not valid before "
                    + leaf.getNotBefore().toInstant() + "; check the server's clock");
        }
        return chain;
    }

    private static Optional<PrivateKey> privateKey(String keyKey, Path file, String algorithm, List<String> problems) {
        Optional<byte[]> bytes = readable(keyKey, file, problems);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        Matcher block = PEM_BLOCK.matcher(new String(bytes.get(), StandardCharsets.US_ASCII));
        while (block.find()) {
            String type = block.group(1);
            switch (type) {
                case "PRIVATE KEY" -> {
                    return decode(keyKey, file, algorithm, block.group(2), problems);
                }
                case "ENCRYPTED PRIVATE KEY" -> {
                    problems.add(keyKey + ": the key in " + file + " is encrypted; mcpgate needs it unencrypted"
                            + " (openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-plain.pem, readable only by the"
                            + " server's user), or use JIRA_SSL_CONFIG with a password-protected key store");
                    return Optional.empty();
                }
                case "RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY" -> {
                    problems.add(keyKey + ": the key in " + file + " is in the traditional " + type.split(" ")[0]
                            + " format; mcpgate needs PKCS#8 (-----BEGIN PRIVATE KEY-----), " + TO_PKCS8);
                    return Optional.empty();
                }
                default -> {
                    // a certificate or parameters block before the key: look further
                }
            }
        }
        problems.add(keyKey + ": " + file + " holds no private key; it needs an unencrypted PKCS#8 key"
                + " (-----BEGIN PRIVATE KEY-----)");
        return Optional.empty();
    }

    private static Optional<PrivateKey> decode(String keyKey, Path file, String algorithm, String base64,
            List<String> problems) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64);
            return Optional.of(KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            problems.add(keyKey + ": the key in " + file + " is not a readable " + algorithm + " PKCS#8 key (the"
                    + " certificate's key type); " + TO_PKCS8);
            return Optional.empty();
        }
    }

    private static Optional<byte[]> readable(String key, Path file, List<String> problems) {
        if (!Files.exists(file)) {
            problems.add(key + ": no file at " + file.toAbsolutePath());
            return Optional.empty();
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            problems.add(key + ": " + file.toAbsolutePath() + " cannot be read by the server's user");
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(key + ": " + file.toAbsolutePath() + " cannot be read (" + e.getClass().getSimpleName()
                    + ")");
            return Optional.empty();
        }
    }

    /** Whether the private key signs what the certificate's public key verifies. */
    private static boolean matches(PrivateKey key, PublicKey publicKey) {
        String algorithm = switch (publicKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "Ed448", "EdDSA" -> publicKey.getAlgorithm();
            case "DSA" -> "SHA256withDSA";
            default -> null;
        };
        if (algorithm == null) {
            return true; // a key type without a known signature: the TLS handshake will tell
        }
        try {
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }

    /** An identity, or why there is none. */
    public record Result(Optional<PemIdentity> identity, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }
}
