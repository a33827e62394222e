package org.mcpgate.oauth.domain;

import java.time.Instant;
import java.util.Objects;

/** A person's remembered consent: valid only for exactly this client, redirect URI and scope. */
public record Consent(String subject, String clientId, String redirectUri, String scope, Instant grantedAt) {

    public Consent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(grantedAt, "grantedAt");
    }
}
