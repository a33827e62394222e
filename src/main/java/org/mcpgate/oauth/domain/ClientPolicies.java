package org.mcpgate.oauth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.mcpgate.config.JiraSettings;
import org.mcpgate.config.ProxySettings;

/** Builds, from the settings, the rules every client must meet: its redirect URIs, its registration, its document. */
@ApplicationScoped
public class ClientPolicies {

    @Produces
    @Singleton
    RedirectUriPolicy redirectUris(ProxySettings proxy, JiraSettings jira) {
        String callback = jira.oauthClient().map(client -> client.redirectUri().toString()).orElse(proxy.url("/"));
        return new RedirectUriPolicy(proxy.allowedRedirectPatterns(), callback);
    }

    @Produces
    @Singleton
    ClientRegistration registration(RedirectUriPolicy policy, ProxySettings proxy) {
        return new ClientRegistration(policy, proxy.allowedGrantTypes(), Clock.systemUTC());
    }

    @Produces
    @Singleton
    ClientMetadataDocuments metadataDocuments(RedirectUriPolicy policy, ProxySettings proxy) {
        return new ClientMetadataDocuments(policy, proxy.allowedGrantTypes(), proxy.metadataPrivateHosts(),
                Clock.systemUTC());
    }
}
