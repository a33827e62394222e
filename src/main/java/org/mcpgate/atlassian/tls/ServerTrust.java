package org.mcpgate.atlassian.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The application server's trust, as trust managers, for the one case where mcpgate must build its own TLS context
 * (a client certificate from PEM files). On Open Liberty: the trust store of the SSL configuration Liberty uses for
 * outbound connections to Jira, plus the JDK's CAs when it says {@code trustDefaultCerts="true"}. Elsewhere (Payara:
 * the domain's {@code cacerts.jks}): the JVM's default trust store, {@code javax.net.ssl.trustStore}.
 */
public final class ServerTrust {

    private ServerTrust() {
    }

    /** Where the trust comes from and the managers that apply it. */
    public record Source(String description, TrustManager[] trustManagers) {
    }

    public static Source forOutbound(String host, int port) {
        Optional<Properties> liberty = LibertySsl.outboundProperties(host, port);
        if (liberty.isPresent() && liberty.get().getProperty("com.ibm.ssl.trustStore") != null) {
            return fromLiberty(liberty.get());
        }
        return new Source("the JVM's default trust store", managers(null));
    }

    private static Source fromLiberty(Properties ssl) {
        String location = ssl.getProperty("com.ibm.ssl.trustStore");
        String type = ssl.getProperty("com.ibm.ssl.trustStoreType", KeyStore.getDefaultType());
        String password = ssl.getProperty("com.ibm.ssl.trustStorePassword", "");
        boolean jdkCas = Boolean.parseBoolean(ssl.getProperty("com.ibm.ws.ssl.trustDefaultCerts", "false"));
        String alias = ssl.getProperty("com.ibm.ssl.alias", "the outbound SSL configuration");
        try {
            KeyStore merged = KeyStore.getInstance("PKCS12");
            merged.load(null, null);
            KeyStore store = KeyStore.getInstance(type);
            try (InputStream in = Files.newInputStream(Path.of(location))) {
                store.load(in, password.toCharArray());
            }
            int n = 0;
            for (String entry : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(entry);
                if (certificate != null) {
                    merged.setCertificateEntry("server-" + n++, certificate);
                }
            }
            if (jdkCas) {
                for (TrustManager manager : managers(null)) {
                    if (manager instanceof X509TrustManager x509) {
                        for (X509Certificate ca : x509.getAcceptedIssuers()) {
                            merged.setCertificateEntry("jdk-" + n++, ca);
                        }
                    }
                }
            }
            return new Source("Open Liberty's " + alias + " (" + location + (jdkCas ? " and the JDK's CAs" : "")
                    + ")", managers(merged));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the trust store of Open Liberty's " + alias + " ("
                    + location + "): " + e.getMessage(), e);
        }
    }

    private static TrustManager[] managers(KeyStore store) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM cannot make trust managers: " + e.getMessage(), e);
        }
    }
}
