package org.mcpgate.oauth.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An authorization code, stored by hash only: single use, short-lived.
 *
 * @param subject the Atlassian user who consented and logged in
 * @param upstreamGrantId the stored Atlassian grant the tokens will act through
 * @param familyId the token family the exchange will create; reuse of the code revokes it
 */
public record AuthorizationCode(String codeHash, AuthorizationRequest request, String subject,
        String upstreamGrantId, String familyId, Instant expiresAt) {

    public AuthorizationCode {
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(upstreamGrantId, "upstreamGrantId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
