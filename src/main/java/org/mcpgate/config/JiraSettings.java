package org.mcpgate.config;

import java.net.URI;
import java.time.Duration;
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
        Map<String, String> customHeaders) {

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
    }

    /** The base URL without a trailing slash, ready to have {@code /rest/...} appended. */
    public String baseUrl() {
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public boolean hasServerWideCredential() {
        return personalToken.isPresent() || username.isPresent() || accessToken.isPresent() || oauthClient.isPresent();
    }
}
