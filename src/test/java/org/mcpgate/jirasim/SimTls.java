package org.mcpgate.jirasim;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * One HTTPS listener of the simulator: the same simulator (state, control API, log) as the HTTP one, over TLS.
 *
 * @param port the port, 0 for a free one
 * @param keystore the server's key store (PKCS12 or JKS: key and certificate chain, the first key entry is used)
 * @param password the password of the key store, its key and the client CA store
 * @param clientCa the CAs accepted for client certificates: a PEM file of certificates or a PKCS12/JKS trust
 *        store; null for none
 * @param needClientAuth whether a client certificate signed by {@code clientCa} is required. Without one the TLS
 *        handshake fails (the server sends a {@code certificate_required} or {@code bad_certificate} alert): no HTTP
 *        answer, no log entry.
 */
public record SimTls(int port, Path keystore, String password, Path clientCa, boolean needClientAuth) {

    public SimTls {
        if (keystore == null) {
            throw new IllegalArgumentException("an HTTPS listener needs a key store");
        }
        if (needClientAuth && clientCa == null) {
            throw new IllegalArgumentException("client authentication needs the client CA (--client-ca)");
        }
    }

    /** A listener with the test PKI's server certificate; client certificates are checked against the test CA. */
    public static SimTls of(TestPki pki, int port, boolean needClientAuth) {
        return new SimTls(port, pki.serverKeyStore(), TestPki.PASSWORD, pki.trustStore(), needClientAuth);
    }

    SSLContext sslContext() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(KeyStore.getInstance(keystore.toFile(), secret), secret);
            TrustManagerFactory trust = null;
            if (clientCa != null) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(trustStore(clientCa, secret));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use " + keystore + (clientCa == null ? "" : " and " + clientCa)
                    + " for TLS: " + e.getMessage(), e);
        }
    }

    HttpsConfigurator configurator() {
        return new HttpsConfigurator(sslContext()) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
                parameters.setNeedClientAuth(needClientAuth);
                params.setSSLParameters(parameters);
            }
        };
    }

    private static KeyStore trustStore(Path file, char[] secret) throws IOException, GeneralSecurityException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(64);
        }
        if (!new String(start, StandardCharsets.ISO_8859_1).contains("-----BEGIN")) {
            return KeyStore.getInstance(file.toFile(), secret);
        }
        List<X509Certificate> certificates = TestPki.readCertificates(file);
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException(file + " holds no certificate");
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int i = 0; i < certificates.size(); i++) {
            store.setCertificateEntry("ca-" + i, certificates.get(i));
        }
        return store;
    }
}
