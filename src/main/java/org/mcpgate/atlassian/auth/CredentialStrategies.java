package org.mcpgate.atlassian.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.mcpgate.atlassian.Credential;
import org.mcpgate.atlassian.grant.OAuthClient;
import org.mcpgate.config.JiraSettings;
import org.mcpgate.config.OAuthClientSettings;
import org.mcpgate.config.ProxySettings;

/** Chooses, once at startup, how mcpgate authenticates to Jira, from the validated settings. */
@ApplicationScoped
public class CredentialStrategies {

    /** mcpgate's OAuth client, for the token endpoints; only when ATLASSIAN_OAUTH_CLIENT_ID is configured. */
    @Produces
    @Singleton
    OAuthClient oauthClient(JiraSettings settings) {
        OAuthClientSettings client = settings.oauthClient().orElseThrow(() -> new IllegalStateException(
                "ATLASSIAN_OAUTH_CLIENT_ID is not configured"));
        return new OAuthClient(client.clientId(), client.clientSecret(), client.redirectUri().toString());
    }

    @Produces
    @Singleton
    CredentialStrategy jira(JiraSettings settings, ProxySettings proxy, Instance<OAuthConnection> connection) {
        if (proxy.enabled()) {
            return new ProxiedPersonCredential(connection.get());
        }
        Optional<CredentialStrategy> serverWide = settings.oauthClient().isPresent()
                ? Optional.of(new OAuthConnectionCredential(connection.get())) : serverWide(settings);
        if (settings.perRequest().enabled()) {
            return new PerRequestCredentials(settings.baseUrl(), settings.perRequest(), serverWide);
        }
        return serverWide.orElseThrow(() -> new IllegalStateException("settings validation let no credential"
                + " through"));
    }

    static Optional<CredentialStrategy> serverWide(JiraSettings settings) {
        String url = settings.baseUrl();
        if (settings.personalToken().isPresent()) {
            return Optional.of(new ServerWideCredential(url, new Credential.PersonalToken(
                    settings.personalToken().get(), "JIRA_PERSONAL_TOKEN"), "personal access token (Bearer)"));
        }
        if (settings.username().isPresent()) {
            return Optional.of(new ServerWideCredential(url, new Credential.Basic(settings.username().get(),
                    settings.apiToken().orElseThrow(), "JIRA_API_TOKEN"), "Basic, as " + settings.username().get()));
        }
        return settings.accessToken().map(token -> new ServerWideCredential(url, new Credential.AccessToken(token,
                "ATLASSIAN_OAUTH_ACCESS_TOKEN", "it is not refreshed by mcpgate: set a new one and restart, or let"
                        + " mcpgate hold the OAuth connection itself"), "brought OAuth access token (Bearer)"));
    }
}
