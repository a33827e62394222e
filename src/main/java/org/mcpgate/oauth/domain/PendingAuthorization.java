package org.mcpgate.oauth.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An authorization the person consented to, waiting for Atlassian to redirect back: stored only after consent.
 *
 * @param upstreamState the {@code state} mcpgate sent upstream, the key Atlassian's redirect comes back with
 * @param bindingHash the hash of the browser-binding cookie's value: the callback must come from the same browser
 * @param upstreamVerifier mcpgate's own PKCE verifier for the upstream leg (sealed at rest)
 */
public record PendingAuthorization(String upstreamState, AuthorizationRequest request, String bindingHash,
        String upstreamVerifier, Instant expiresAt) {

    public PendingAuthorization {
        Objects.requireNonNull(upstreamState, "upstreamState");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(bindingHash, "bindingHash");
        Objects.requireNonNull(upstreamVerifier, "upstreamVerifier");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "PendingAuthorization[client=" + request.clientId() + ", expiresAt=" + expiresAt + "]";
    }
}
