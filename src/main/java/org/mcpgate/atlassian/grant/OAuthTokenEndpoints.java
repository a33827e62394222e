package org.mcpgate.atlassian.grant;

import java.net.URI;
import org.mcpgate.config.OAuthClientSettings;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mcpgate.atlassian.UpstreamClients;
import org.mcpgate.atlassian.UpstreamException;
import org.mcpgate.config.JiraSettings;

/**
 * The token endpoints of the providers, with mcpgate's OAuth client: for the admin page's code exchange, and as
 * the {@link GrantRefresher} of {@link GrantTokens}. The {@link OAuthClient} is looked up when needed, so a server
 * without OAuth configured still starts, and says what to set the first time a grant needs it.
 */
@ApplicationScoped
public class OAuthTokenEndpoints implements GrantRefresher {

    private final Map<UpstreamProvider, Client> clients = new ConcurrentHashMap<>();

    @Inject
    Instance<OAuthClient> oauthClient;

    @Inject
    JiraSettings jira;

    /** The endpoint of the provider for a site (the Jira base URL, or the cloud id). */
    public OAuthTokenEndpoint endpoint(UpstreamProvider provider, String site) {
        if (!oauthClient.isResolvable()) {
            throw new UpstreamException(0, "mcpgate has no OAuth client for " + provider.product() + ": set"
                    + " ATLASSIAN_OAUTH_CLIENT_ID and ATLASSIAN_OAUTH_CLIENT_SECRET to the client id and secret of "
                    + (provider == UpstreamProvider.JIRA_DC ? "the incoming application link in Jira"
                            : "the app in the Atlassian developer console") + ".");
        }
        URI tokenUrl = provider == UpstreamProvider.ATLASSIAN_CLOUD
                ? jira.oauthClient().map(OAuthClientSettings::tokenUrl).orElse(provider.tokenUrl(site))
                : provider.tokenUrl(site);
        return new OAuthTokenEndpoint(http(provider), provider, tokenUrl, oauthClient.get(), jira.timeout());
    }

    @Override
    public TokenResponse refresh(UpstreamGrant grant) {
        return endpoint(grant.provider(), grant.site()).refresh(grant.refreshToken().orElseThrow());
    }

    /**
     * Jira DC exactly like every other call to Jira (trust, client certificate, proxy); auth.atlassian.com always
     * with verified TLS.
     */
    private Client http(UpstreamProvider provider) {
        return clients.computeIfAbsent(provider, p -> p == UpstreamProvider.JIRA_DC
                ? UpstreamClients.create(p.product(), jira) : UpstreamClients.create(p.product(), jira.timeout(), true));
    }

    @PreDestroy
    void close() {
        clients.values().forEach(Client::close);
    }
}
