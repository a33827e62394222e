package org.mcpgate.atlassian.grant;

/** Obtains a new token pair for a grant from the authorization server that issued it. */
@FunctionalInterface
public interface GrantRefresher {

    /**
     * @param grant a grant holding a refresh token
     * @throws org.mcpgate.atlassian.UpstreamException when the server refuses or cannot be reached
     */
    TokenResponse refresh(UpstreamGrant grant);
}
