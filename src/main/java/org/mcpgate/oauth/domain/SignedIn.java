package org.mcpgate.oauth.domain;

import java.util.Objects;

/** Who a valid access token speaks for: a person, through a client, within a scope, for a resource. */
public record SignedIn(String subject, String clientId, String scope, String resource, String upstreamGrantId) {

    public SignedIn {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(upstreamGrantId, "upstreamGrantId");
    }

    public boolean may(String wantedScope) {
        return Scopes.includes(scope, wantedScope);
    }
}
