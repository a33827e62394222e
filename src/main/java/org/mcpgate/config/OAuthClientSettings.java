package org.mcpgate.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * mcpgate's own OAuth 2.0 client at Atlassian, for the server-wide connection an administrator makes on the admin
 * page: Jira Data Center's provider (an incoming application link) or Atlassian Cloud's 3LO.
 *
 * @param cloud Atlassian Cloud (3LO) rather than Jira Data Center's own provider
 * @param cloudId the Cloud site, or empty to take the first site the grant can reach
 * @param authorizeUrl Cloud's authorization endpoint (https://auth.atlassian.com/authorize); a gateway or a
 *        test may move it. Data Center's is always under the Jira URL.
 * @param tokenUrl Cloud's token endpoint (https://auth.atlassian.com/oauth/token)
 * @param apiGateway Cloud's API gateway (https://api.atlassian.com)
 */
public record OAuthClientSettings(String clientId, String clientSecret, URI redirectUri, String scope, boolean cloud,
        Optional<String> cloudId, URI authorizeUrl, URI tokenUrl, URI apiGateway) {

    public OAuthClientSettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(cloudId, "cloudId");
        Objects.requireNonNull(authorizeUrl, "authorizeUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(apiGateway, "apiGateway");
    }

    @Override
    public String toString() {
        return "OAuthClientSettings[" + clientId + ", ********, " + redirectUri + ", " + scope + "]";
    }
}
