package org.mcpgate.oauth.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An MCP client allowed to ask for authorization: always a public client (no secret,
 * {@code token_endpoint_auth_method=none}), with the exact redirect URIs it may use.
 *
 * @param clientName what the client calls itself, shown (escaped) on the consent page; never trusted as an identity
 * @param redirectUris the redirect URIs, compared character for character with the one an authorization names
 * @param grantTypes a subset of the grant types the server allows
 */
public record RegisteredClient(String clientId, String clientName, List<String> redirectUris,
        Set<String> grantTypes, ClientKind kind, Instant createdAt) {

    public RegisteredClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        redirectUris = List.copyOf(redirectUris);
        grantTypes = Set.copyOf(grantTypes);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        if (redirectUris.isEmpty()) {
            throw new IllegalArgumentException("a client needs at least one redirect URI");
        }
    }

    public boolean allowsRedirect(String redirectUri) {
        return redirectUris.contains(redirectUri);
    }

    public boolean allowsGrant(String grantType) {
        return grantTypes.contains(grantType);
    }
}
