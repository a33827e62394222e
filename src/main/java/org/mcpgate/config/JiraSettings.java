package org.mcpgate.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Jira: its base URL, the server-wide credential (at most one of a personal access token, a
 * username with an API token or password, a brought OAuth access token, or mcpgate's own OAuth connection),
 * per-request credentials, and the transport options.
 */
public record JiraSettings(URI url, Optional<String> personalToken, Optional<String> username,
        Optional<String> apiToken, Optional<String> accessToken, Optional<String> cloudId,
        Optional<OAuthClientSettings> oauthClient, PerRequestSettings perRequest, boolean sslVerify, Duration timeout,
        Map<String, String> customHeaders,
        Transport transport) {

    public JiraSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(personalToken, "personalToken");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(apiToken, "apiToken");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(cloudId, "cloudId");
        Objects.requireNonNull(oauthClient, "oauthClient");
        Objects.requireNonNull(perRequest, "perRequest");
        Objects.requireNonNull(timeout, "timeout");
        customHeaders = Map.copyOf(customHeaders);
        Objects.requireNonNull(transport, "transport");
    }

    /** Settings with the default transport: the server's TLS configuration, no client certificate, no proxy. */
    public JiraSettings(URI url, Optional<String> personalToken, Optional<String> username,
            Optional<String> apiToken, Optional<String> accessToken, Optional<String> cloudId,
            Optional<OAuthClientSettings> oauthClient, PerRequestSettings perRequest, boolean sslVerify,
            Duration timeout, Map<String, String> customHeaders) {
        this(url, personalToken, username, apiToken, accessToken, cloudId, oauthClient, perRequest, sslVerify, timeout,
                customHeaders, Transport.DEFAULT);
    }

    public JiraSettings withTransport(Transport transport) {
        return new JiraSettings(url, personalToken, username, apiToken, accessToken, cloudId, oauthClient, perRequest,
                sslVerify, timeout, customHeaders, transport);
    }

    /** The base URL without a trailing slash, ready to have {@code /rest/...} appended. */
    public String baseUrl() {
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * How the connection to Jira is made beyond its URL. Trust always comes from the application server's trust
     * store; a client certificate comes from PEM files or from a Liberty {@code <ssl>} element (at most one of them);
     * proxies are chosen per request by the target's scheme, unless its host is in {@code noProxy}.
     */
    public record Transport(Optional<Path> clientCertificate, Optional<Path> clientKey, Optional<String> sslConfig,
            Optional<Proxy> httpProxy, Optional<Proxy> httpsProxy, List<String> noProxy) {

        public static final Transport DEFAULT = new Transport(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());

        public Transport {
            Objects.requireNonNull(clientCertificate, "clientCertificate");
            Objects.requireNonNull(clientKey, "clientKey");
            Objects.requireNonNull(sslConfig, "sslConfig");
            Objects.requireNonNull(httpProxy, "httpProxy");
            Objects.requireNonNull(httpsProxy, "httpsProxy");
            noProxy = List.copyOf(noProxy);
        }

        public boolean proxied() {
            return httpProxy.isPresent() || httpsProxy.isPresent();
        }
    }

    /**
     * An HTTP proxy, from a URL like {@code http://user:password@proxy.example.com:3128}.
     *
     * @param source the configuration key it came from
     */
    public record Proxy(String host, int port, Optional<String> username, Optional<String> password, String source) {

        public Proxy {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(source, "source");
        }

        /** The URL with the password masked, for logs and summaries. */
        public String masked() {
            String user = username.map(u -> u + (password.isPresent() ? ":********" : "") + "@").orElse("");
            return "http://" + user + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }

        @Override
        public String toString() {
            return masked();
        }
    }
}
