package org.mcpgate.atlassian.grant;

import java.util.Objects;

/**
 * mcpgate's registration at the authorization server: the incoming application link in Jira Data Center, or the
 * app in Atlassian's developer console. Its {@code toString} hides the secret.
 *
 * @param redirectUri the callback registered with the client; Jira DC's provider may ask for it on refresh too
 */
public record OAuthClient(String clientId, String clientSecret, String redirectUri) {

    public OAuthClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(redirectUri, "redirectUri");
    }

    @Override
    public String toString() {
        return "OAuthClient[" + clientId + ", " + redirectUri + ", ********]";
    }
}
