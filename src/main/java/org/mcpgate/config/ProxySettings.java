package org.mcpgate.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The OAuth proxy for MCP clients (ATLASSIAN_OAUTH_PROXY_ENABLE): mcpgate is the authorization server its MCP
 * clients see, and logs each person into Atlassian with its own OAuth client (the {@link OAuthClientSettings}).
 *
 * @param publicBaseUrl where clients reach this server (PUBLIC_BASE_URL), without a trailing slash: the issuer,
 *        and the base of the MCP resource URL the tokens are bound to
 * @param allowedRedirectPatterns the redirect URIs clients may register; empty refuses every registration
 * @param allowedGrantTypes {@code authorization_code}, and {@code refresh_token} unless the admin turned it off
 * @param requireConsent ask each person before a client is authorized (remembered per client, never for
 *        metadata-document clients)
 * @param metadataPrivateHosts hosts on private networks from which client metadata documents may be fetched
 * @param registrationsPerMinute how many clients one address may register a minute, on each node
 */
public record ProxySettings(boolean enabled, URI publicBaseUrl, List<String> allowedRedirectPatterns,
        Set<String> allowedGrantTypes, boolean requireConsent, List<String> metadataPrivateHosts,
        Lifetimes lifetimes, int registrationsPerMinute) {

    /**
     * How long what the proxy issues lives.
     *
     * @param code an authorization code, between the redirect and its exchange
     * @param accessToken an access token: revocation is checked on every request, so this bounds only a stolen one
     * @param refreshToken a refresh token; each use rotates it and starts its lifetime again
     */
    public record Lifetimes(Duration code, Duration accessToken, Duration refreshToken) {

        public static final Lifetimes DEFAULT = new Lifetimes(Duration.ofSeconds(60), Duration.ofHours(1),
                Duration.ofDays(30));
    }

    /** The proxy turned off: no OAuth endpoints, MCP open as the other modes configure it. */
    public static final ProxySettings DISABLED = new ProxySettings(false, URI.create("http://127.0.0.1"), List.of(),
            Set.of(), true, List.of(), Lifetimes.DEFAULT, 20);

    public ProxySettings {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        allowedRedirectPatterns = List.copyOf(allowedRedirectPatterns);
        allowedGrantTypes = Set.copyOf(allowedGrantTypes);
        metadataPrivateHosts = List.copyOf(metadataPrivateHosts);
        Objects.requireNonNull(lifetimes, "lifetimes");
    }

    /** The issuer identifier (RFC 8414 §2): the public base URL. */
    public String issuer() {
        return publicBaseUrl.toString();
    }

    /** The MCP endpoint as a resource (RFC 8707, RFC 9728): what every token's audience must be. */
    public String resource() {
        return issuer() + "/mcp";
    }

    /** An endpoint of this server, e.g. {@code url("/oauth/token")}. */
    public String url(String path) {
        return issuer() + path;
    }

    /** Whether HTTPS is how clients reach this server: then cookies are Secure and {@code __Host-} prefixed. */
    public boolean https() {
        return publicBaseUrl.getScheme().equals("https");
    }
}
