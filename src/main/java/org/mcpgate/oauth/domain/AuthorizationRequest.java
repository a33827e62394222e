package org.mcpgate.oauth.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A validated authorization request (RFC 6749 §4.1.1 with PKCE, RFC 7636, and a resource, RFC 8707), carried
 * unchanged from the consent page to the code it ends in.
 *
 * @param scope the granted scopes, space-separated
 * @param state the client's state, returned verbatim with the code or the error
 * @param codeChallenge the S256 code challenge (the only method mcpgate accepts)
 * @param resource the MCP server URL the tokens will be bound to
 */
public record AuthorizationRequest(String clientId, String redirectUri, String scope, Optional<String> state,
        String codeChallenge, String resource) {

    public AuthorizationRequest {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(codeChallenge, "codeChallenge");
        Objects.requireNonNull(resource, "resource");
    }
}
