package org.mcpgate.jirasim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away PKI for the simulator's HTTPS and mutual-TLS tests: a test CA, a server certificate for
 * {@code localhost}, {@code 127.0.0.1} and {@code ::1}, and a client certificate, both signed by the CA (RSA 2048,
 * SHA-256). Written into one directory (default {@code target/jirasim-pki}):
 * <table>
 * <caption>files</caption>
 * <tr><td>{@code ca.pem}, {@code ca-key.pem}</td><td>the CA certificate; its PKCS#8 private key</td></tr>
 * <tr><td>{@code truststore.p12}</td><td>PKCS12 trust store holding the CA certificate (alias {@code jirasim-ca}):
 * for clients of the HTTPS simulator, and for the simulator's check of client certificates</td></tr>
 * <tr><td>{@code server.p12}</td><td>PKCS12 key store, alias {@code jirasim-server}: key and chain (server, CA)</td>
 * </tr>
 * <tr><td>{@code server.pem}, {@code server-key.pem}</td><td>the same chain as PEM; the PKCS#8 private key</td></tr>
 * <tr><td>{@code client.p12}</td><td>PKCS12 key store, alias {@code jirasim-client}: key and chain (client, CA)</td>
 * </tr>
 * <tr><td>{@code client.pem}, {@code client-key.pem}</td><td>the same chain as PEM; the PKCS#8 private key</td></tr>
 * </table>
 * Every PKCS12 file has the password {@link #PASSWORD} ({@code changeit}); the PEM keys are not encrypted. The
 * certificates are made with BouncyCastle (on the test classpath through mock-oauth2-server).
 *
 * <p>From the command line: {@code java -cp <test classpath> org.mcpgate.jirasim.TestPki [dir] [--force]}.
 */
public final class TestPki {
    public static final String PASSWORD = "changeit";
    public static final Path DEFAULT_DIR = Path.of("target", "jirasim-pki");
    public static final String CA_ALIAS = "jirasim-ca";
    public static final String SERVER_ALIAS = "jirasim-server";
    public static final String CLIENT_ALIAS = "jirasim-client";
    public static final String CA_SUBJECT = "CN=jirasim test CA,O=jirasim test PKI";
    public static final String SERVER_SUBJECT = "CN=localhost,O=jirasim test PKI";
    public static final String CLIENT_SUBJECT = "CN=mcpgate-client,O=jirasim test PKI";
    static final List<String> FILES = List.of("ca.pem", "ca-key.pem", "truststore.p12", "server.p12", "server.pem",
            "server-key.pem", "client.p12", "client.pem", "client-key.pem");
    private static final Duration CA_LIFE = Duration.ofDays(3650);
    private static final Duration LEAF_LIFE = Duration.ofDays(825);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    private TestPki(Path dir) {
        this.dir = dir;
    }

    /** The PKI in {@code dir}: reused when complete and valid for at least another day, else made anew. */
    public static synchronized TestPki ensure(Path dir) {
        TestPki pki = new TestPki(dir.toAbsolutePath());
        try {
            Files.createDirectories(pki.dir);
            try (FileChannel channel = FileChannel.open(pki.dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                if (!pki.usable()) {
                    pki.write();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test PKI to " + dir, e);
        }
        return pki;
    }

    /** A new CA and certificates in {@code dir}, replacing whatever was there. */
    public static synchronized TestPki generate(Path dir) {
        TestPki pki = new TestPki(dir.toAbsolutePath());
        try {
            Files.createDirectories(pki.dir);
            try (FileChannel channel = FileChannel.open(pki.dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                pki.write();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test PKI to " + dir, e);
        }
        return pki;
    }

    public Path dir() {
        return dir;
    }

    public Path caPem() {
        return dir.resolve("ca.pem");
    }

    public Path caKeyPem() {
        return dir.resolve("ca-key.pem");
    }

    public Path trustStore() {
        return dir.resolve("truststore.p12");
    }

    public Path serverKeyStore() {
        return dir.resolve("server.p12");
    }

    public Path serverPem() {
        return dir.resolve("server.pem");
    }

    public Path serverKeyPem() {
        return dir.resolve("server-key.pem");
    }

    public Path clientKeyStore() {
        return dir.resolve("client.p12");
    }

    public Path clientPem() {
        return dir.resolve("client.pem");
    }

    public Path clientKeyPem() {
        return dir.resolve("client-key.pem");
    }

    /** The test CA's certificate. */
    public X509Certificate caCertificate() {
        return (X509Certificate) certificate(trustStore(), CA_ALIAS);
    }

    /**
     * A TLS context for a client of the HTTPS simulator: trusts the test CA (only), and presents the client
     * certificate when {@code withClientCertificate}.
     */
    public SSLContext clientContext(boolean withClientCertificate) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(trustStore()));
            KeyManagerFactory keys = null;
            if (withClientCertificate) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load(clientKeyStore()), PASSWORD.toCharArray());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a TLS context from " + dir, e);
        }
    }

    /** A PKCS12 file of this PKI, opened with {@link #PASSWORD}. */
    public static KeyStore load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static Certificate certificate(Path store, String alias) {
        try {
            Certificate certificate = load(store).getCertificate(alias);
            if (certificate == null) {
                throw new IllegalStateException(store + " has no " + alias);
            }
            return certificate;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + store, e);
        }
    }

    /** All files there, readable, consistent, and the leaves valid for at least another day. */
    private boolean usable() {
        for (String name : FILES) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                return false;
            }
        }
        try {
            X509Certificate ca = caCertificate();
            Date tomorrow = Date.from(Instant.now().plus(Duration.ofDays(1)));
            for (Path store : List.of(serverKeyStore(), clientKeyStore())) {
                KeyStore keys = load(store);
                String alias = store.equals(serverKeyStore()) ? SERVER_ALIAS : CLIENT_ALIAS;
                X509Certificate leaf = (X509Certificate) keys.getCertificate(alias);
                if (leaf == null || !(keys.getKey(alias, PASSWORD.toCharArray()) instanceof PrivateKey)) {
                    return false;
                }
                leaf.checkValidity(tomorrow);
                leaf.verify(ca.getPublicKey());
            }
            ca.checkValidity(tomorrow);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private void write() throws IOException {
        try {
            Instant now = Instant.now();
            KeyPair caKeys = rsa();
            X500Name caName = name(CA_SUBJECT);
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder caBuilder = builder(caName, caName, caKeys, now, CA_LIFE);
            caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            caBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            caBuilder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
            X509Certificate ca = sign(caBuilder, caKeys.getPrivate());

            KeyPair serverKeys = rsa();
            X509v3CertificateBuilder serverBuilder = leaf(name(SERVER_SUBJECT), ca, caName, serverKeys, now,
                    KeyPurposeId.id_kp_serverAuth, extensions);
            serverBuilder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, InetAddress.getByName("::1").getHostAddress())}));
            X509Certificate server = sign(serverBuilder, caKeys.getPrivate());

            KeyPair clientKeys = rsa();
            X509v3CertificateBuilder clientBuilder = leaf(name(CLIENT_SUBJECT), ca, caName, clientKeys, now,
                    KeyPurposeId.id_kp_clientAuth, extensions);
            X509Certificate client = sign(clientBuilder, caKeys.getPrivate());

            writePem(caPem(), List.of(ca));
            writeKey(caKeyPem(), caKeys.getPrivate());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry(CA_ALIAS, ca);
            store(trust, trustStore());
            writeIdentity(SERVER_ALIAS, serverKeys.getPrivate(), List.of(server, ca), serverKeyStore(), serverPem(),
                    serverKeyPem());
            writeIdentity(CLIENT_ALIAS, clientKeys.getPrivate(), List.of(client, ca), clientKeyStore(), clientPem(),
                    clientKeyPem());
            Files.writeString(dir.resolve("README.txt"), readme(), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IOException("cannot make the test PKI", e);
        }
    }

    /**
     * An RFC 2253 name as the JDK reads it (the last RDN first in the encoding, as is usual), so that
     * {@code getSubjectX500Principal().getName()} gives the same string back.
     */
    private static X500Name name(String rfc2253) {
        return X500Name.getInstance(new X500Principal(rfc2253).getEncoded());
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys, Instant now,
            Duration life) {
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(life)), subject, keys.getPublic());
    }

    private static X509v3CertificateBuilder leaf(X500Name subject, X509Certificate ca, X500Name caName, KeyPair keys,
            Instant now, KeyPurposeId purpose, JcaX509ExtensionUtils extensions)
            throws CertIOException, GeneralSecurityException {
        X509v3CertificateBuilder builder = builder(caName, subject, keys, now, LEAF_LIFE);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(keys.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca));
        return builder;
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private void writeIdentity(String alias, PrivateKey key, List<X509Certificate> chain, Path p12, Path pem,
            Path keyPem) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, PASSWORD.toCharArray(), chain.toArray(new Certificate[0]));
        store(store, p12);
        writePem(pem, chain);
        writeKey(keyPem, key);
    }

    private static void store(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
    }

    private static void writePem(Path file, List<X509Certificate> chain) throws IOException, GeneralSecurityException {
        StringBuilder text = new StringBuilder();
        for (X509Certificate certificate : chain) {
            text.append(pem("CERTIFICATE", certificate.getEncoded()));
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    /** The key's PKCS#8 encoding (what the JDK's RSA keys give) as an unencrypted {@code PRIVATE KEY} block. */
    private static void writeKey(Path file, PrivateKey key) throws IOException {
        Files.writeString(file, pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** The certificates of a PEM file, in order. */
    public static List<X509Certificate> readCertificates(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) c);
            }
            return certificates;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read certificates from " + pem, e);
        }
    }

    private static String readme() {
        return "Test PKI of the Jira simulator (org.mcpgate.jirasim.TestPki). Throw-away keys: never trust them"
                + " outside tests.\n"
                + "PKCS12 password of every .p12: " + PASSWORD + " (PEM keys are unencrypted PKCS#8).\n"
                + "ca.pem / ca-key.pem        test CA (" + CA_SUBJECT + ")\n"
                + "truststore.p12             the CA certificate, alias " + CA_ALIAS + "\n"
                + "server.p12                 alias " + SERVER_ALIAS + ": " + SERVER_SUBJECT
                + ", SAN localhost, 127.0.0.1, ::1\n"
                + "server.pem / server-key.pem  chain (server, CA) / key\n"
                + "client.p12                 alias " + CLIENT_ALIAS + ": " + CLIENT_SUBJECT + "\n"
                + "client.pem / client-key.pem  chain (client, CA) / key\n";
    }

    /** Writes the PKI: {@code [dir] [--force]}; without {@code --force} a complete, valid PKI there is kept. */
    public static void main(String[] args) {
        Path dir = DEFAULT_DIR;
        boolean force = false;
        for (String arg : args) {
            if (arg.equals("--force")) {
                force = true;
            } else if (arg.startsWith("-")) {
                System.err.println("usage: TestPki [dir] [--force]   (default dir " + DEFAULT_DIR + ")");
                System.exit(2);
                return;
            } else {
                dir = Path.of(arg);
            }
        }
        TestPki pki = force ? generate(dir) : ensure(dir);
        System.out.println("test PKI in " + pki.dir() + " (PKCS12 password " + PASSWORD + "): " + FILES);
    }
}
