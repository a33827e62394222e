package org.mcpgate.atlassian.auth;

import org.mcpgate.atlassian.UpstreamException;

/**
 * With the OAuth proxy, each person acts through the Atlassian grant they gave when their MCP client signed in:
 * the edge has already checked mcpgate's token and named that grant.
 */
final class ProxiedPersonCredential implements CredentialStrategy {

    private static final String SIGN_IN_AGAIN = "Your sign-in to Jira through mcpgate has ended (revoked, or"
            + " expired in Jira): sign in again by reconnecting mcpgate in your MCP client.";

    private final OAuthConnection connection;

    ProxiedPersonCredential(OAuthConnection connection) {
        this.connection = connection;
    }

    @Override
    public JiraTarget targetFor(Caller caller) {
        String grant = caller.upstreamGrant().orElseThrow(() -> new AuthenticationRequired("This request is not"
                + " signed in: MCP clients sign in to mcpgate with OAuth."));
        try {
            return connection.target(grant, SIGN_IN_AGAIN);
        } catch (UpstreamException e) {
            // the token endpoint refused the person's refresh token: only a new sign-in helps
            throw e.status() == 400 || e.status() == 401 ? new AuthenticationRequired(SIGN_IN_AGAIN) : e;
        }
    }

    @Override
    public String describe() {
        return "each person's own OAuth 2.0 grant to " + connection.provider().product()
                + " (OAuth proxy for MCP clients)";
    }
}
