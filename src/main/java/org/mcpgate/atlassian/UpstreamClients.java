package org.mcpgate.atlassian;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.mcpgate.atlassian.tls.LibertySsl;
import org.mcpgate.atlassian.tls.PemIdentity;
import org.mcpgate.atlassian.tls.ProxyRoutingClient;
import org.mcpgate.atlassian.tls.ServerTrust;
import org.mcpgate.config.ConfigurationException;
import org.mcpgate.config.JiraSettings;
import org.mcpgate.config.JiraSettings.Proxy;
import org.mcpgate.config.JiraSettings.Transport;

/**
 * Builds the Jakarta REST clients that call Atlassian. TLS goes through the application server's own SSL
 * configuration and trust store, so a CA an admin adds there is trusted with no change here: the client is left
 * without a TLS context of its own, and Open Liberty then gives it its default (outbound) SSL configuration, Payara
 * the JVM's trust store. A client certificate comes from a Liberty {@code <ssl>} element ({@code JIRA_SSL_CONFIG})
 * or from PEM files, then with the server's trust read from its configuration. Proxies are client properties of the
 * servers' implementations, one client per route. Turning verification off is an escape hatch that is logged loudly.
 */
public final class UpstreamClients {

    private static final Logger LOG = Logger.getLogger(UpstreamClients.class.getName());

    private UpstreamClients() {
    }

    /** A client with the server's TLS configuration, no client certificate and no proxy. */
    public static Client create(String product, Duration timeout, boolean sslVerify) {
        ClientBuilder builder = base(timeout);
        if (!sslVerify) {
            warnUnverified(product);
            builder.sslContext(context(null, trustingEverything())).hostnameVerifier((host, session) -> true);
        }
        return builder.build();
    }

    /** A client for this product as its settings say: TLS, client certificate and proxies included. */
    public static Client create(String product, JiraSettings settings) {
        Transport transport = settings.transport();
        if (!settings.sslVerify()) {
            warnUnverified(product);
        }
        if (!transport.proxied()) {
            return build(product, settings, Optional.empty());
        }
        return new ProxyRoutingClient(transport.httpProxy(), transport.httpsProxy(), transport.noProxy(),
                route -> build(product, settings, route));
    }

    private static Client build(String product, JiraSettings settings, Optional<Proxy> proxy) {
        Transport transport = settings.transport();
        String prefix = product.toUpperCase(Locale.ROOT);
        ClientBuilder builder = base(settings.timeout());
        String tls;
        if (transport.sslConfig().isPresent()) {
            String id = transport.sslConfig().get();
            requireLibertySslConfig(prefix + "_SSL_CONFIG", id);
            builder.property(LibertySsl.CLIENT_SSL_CONFIG_PROPERTY, id);
            tls = "TLS with Open Liberty's <ssl id=\"" + id + "\"> (its key store's client certificate, its trust"
                    + " store)";
        } else if (transport.clientCertificate().isPresent() && transport.clientKey().isPresent()) {
            PemIdentity identity = PemIdentity.load(prefix + "_CLIENT_CERT", transport.clientCertificate().get(),
                    prefix + "_CLIENT_KEY", transport.clientKey().get());
            TrustManager[] trust;
            String trustText;
            if (settings.sslVerify()) {
                ServerTrust.Source source = ServerTrust.forOutbound(settings.url().getHost(), port(settings));
                trust = source.trustManagers();
                trustText = "trusting " + source.description();
            } else {
                trust = trustingEverything();
                trustText = "trusting any certificate";
                builder.hostnameVerifier((host, session) -> true);
            }
            builder.sslContext(context(identity.keyManagers(), trust));
            tls = "TLS presenting the " + identity + ", " + trustText;
        } else if (!settings.sslVerify()) {
            builder.sslContext(context(null, trustingEverything())).hostnameVerifier((host, session) -> true);
            tls = "TLS trusting any certificate";
        } else {
            tls = "TLS (for https URLs) with the server's SSL configuration and trust store";
        }
        proxy.ifPresent(p -> useProxy(builder, p));
        String route = proxy.map(p -> " through the proxy " + p.masked()).orElse(transport.proxied() ? " direct"
                + " (NO_PROXY)" : "");
        LOG.info(() -> "Calls to " + product + route + ": " + tls + ".");
        return builder.build();
    }

    private static ClientBuilder base(Duration timeout) {
        return ClientBuilder.newBuilder()
                .connectTimeout(Math.min(timeout.toMillis(), 10_000), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The proxy as client properties: Open Liberty's (documented for its Jakarta REST client, with Basic proxy
     * authentication), RESTEasy's (WildFly) and Jersey's (Payara, GlassFish); each server reads its own.
     */
    private static void useProxy(ClientBuilder builder, Proxy proxy) {
        builder.property("com.ibm.ws.jaxrs.client.proxy.host", proxy.host())
                .property("com.ibm.ws.jaxrs.client.proxy.port", proxy.port())
                .property("com.ibm.ws.jaxrs.client.proxy.type", "HTTP")
                .property("org.jboss.resteasy.jaxrs.client.proxy.host", proxy.host())
                .property("org.jboss.resteasy.jaxrs.client.proxy.port", proxy.port())
                .property("org.jboss.resteasy.jaxrs.client.proxy.scheme", "http")
                .property("jersey.config.client.proxy.uri", "http://" + (proxy.host().contains(":")
                        ? "[" + proxy.host() + "]" : proxy.host()) + ":" + proxy.port());
        proxy.username().ifPresent(user -> builder.property("com.ibm.ws.jaxrs.client.proxy.username", user)
                .property("jersey.config.client.proxy.username", user));
        proxy.password().ifPresent(password -> builder.property("com.ibm.ws.jaxrs.client.proxy.password", password)
                .property("jersey.config.client.proxy.password", password));
    }

    private static void requireLibertySslConfig(String key, String id) {
        Optional<Boolean> exists = LibertySsl.exists(id);
        if (exists.isEmpty()) {
            throw new ConfigurationException(List.of(key + " names an Open Liberty <ssl> element, but this server is"
                    + " not Open Liberty with transportSecurity-1.0: set the client certificate with "
                    + key.replace("_SSL_CONFIG", "_CLIENT_CERT") + " and " + key.replace("_SSL_CONFIG", "_CLIENT_KEY")
                    + " instead"));
        }
        if (!exists.get()) {
            throw new ConfigurationException(List.of(key + " names <ssl id=\"" + id + "\">, which the server"
                    + " configuration does not define"));
        }
    }

    private static int port(JiraSettings settings) {
        int port = settings.url().getPort();
        return port > 0 ? port : "http".equalsIgnoreCase(settings.url().getScheme()) ? 80 : 443;
    }

    private static void warnUnverified(String product) {
        LOG.warning(() -> "TLS certificate verification to " + product + " is OFF (" + product.toUpperCase(
                Locale.ROOT) + "_SSL_VERIFY=false): anyone on the network path can read and change"
                + " this traffic. Add the CA to the server trust store instead (see the README).");
    }

    private static SSLContext context(KeyManager[] keys, TrustManager[] trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM", e);
        }
    }

    private static TrustManager[] trustingEverything() {
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
        return new TrustManager[] {trustAll};
    }
}
