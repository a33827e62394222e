package org.mcpgate.oauth.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A token mcpgate issued, known only by the hash of its value.
 *
 * @param usedAt for a refresh token, when it was rotated; presenting it again revokes its family
 */
public record IssuedToken(String hash, String familyId, TokenKind kind, Instant expiresAt,
        Optional<Instant> usedAt) {

    public IssuedToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
    }
}
