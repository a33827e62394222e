package org.mcpgate.oauth.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything issued from one authorization code: the access and refresh tokens of one client for one person, bound
 * to a scope, a resource and the Atlassian grant they act through. Revoking the family kills all of them.
 */
public record TokenFamily(String id, String clientId, String subject, String scope, String resource,
        String upstreamGrantId, Instant createdAt, Optional<Instant> revokedAt) {

    public TokenFamily {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(upstreamGrantId, "upstreamGrantId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
