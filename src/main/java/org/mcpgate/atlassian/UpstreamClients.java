package org.mcpgate.atlassian;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the Jakarta REST clients that call Atlassian. TLS goes through the application server's own SSL
 * configuration and trust store, so a CA an admin adds there is trusted with no change here; turning
 * verification off is an escape hatch that is logged loudly.
 */
public final class UpstreamClients {

    private static final Logger LOG = Logger.getLogger(UpstreamClients.class.getName());

    private UpstreamClients() {
    }

    public static Client create(String product, Duration timeout, boolean sslVerify) {
        ClientBuilder builder = ClientBuilder.newBuilder()
                .connectTimeout(Math.min(timeout.toMillis(), 10_000), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!sslVerify) {
            LOG.warning(() -> "TLS certificate verification to " + product + " is OFF (" + product.toUpperCase(
                    java.util.Locale.ROOT) + "_SSL_VERIFY=false): anyone on the network path can read and change"
                    + " this traffic. Add the CA to the server trust store instead (see the README).");
            builder.sslContext(trustingEverything()).hostnameVerifier((host, session) -> true);
        }
        return builder.build();
    }

    private static SSLContext trustingEverything() {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // verification deliberately off
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // verification deliberately off
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM", e);
        }
    }
}
