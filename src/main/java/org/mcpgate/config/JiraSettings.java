package org.mcpgate.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Jira: its base URL, the credential mode and the transport options.
 *
 * @param personalToken a Data Center personal access token, sent as {@code Authorization: Bearer}
 * @param username with {@code apiToken}, sent as HTTP Basic (DC user and password, or Cloud e-mail and API token)
 */
public record JiraSettings(URI url, Optional<String> personalToken, Optional<String> username,
        Optional<String> apiToken, boolean sslVerify, Duration timeout) {

    public JiraSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(personalToken, "personalToken");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(apiToken, "apiToken");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The base URL without a trailing slash, ready to have {@code /rest/...} appended. */
    public String baseUrl() {
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public boolean usesPersonalToken() {
        return personalToken.isPresent();
    }
}
