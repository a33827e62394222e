package org.mcpgate.oauth.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.mcpgate.oauth.domain.IssuedToken;
import org.mcpgate.oauth.domain.TokenKind;

/**
 * The row of {@code mcpgate_oauth_token}, known by the token's hash. Marked used by a conditional UPDATE (see
 * {@link JpaTokenRepository#markUsed}), never through this object. Never in the shared cache: another node may have
 * rotated or revoked the token a moment ago.
 */
@Entity
@Cacheable(false)
@Table(name = "mcpgate_oauth_token")
public class IssuedTokenEntity {

    @Id
    @Column(length = 64)
    private String hash;

    @Column(name = "family_id", nullable = false, length = 64)
    private String familyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TokenKind kind;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected IssuedTokenEntity() {
        // for JPA
    }

    IssuedTokenEntity(IssuedToken token) {
        this.hash = token.hash();
        this.familyId = token.familyId();
        this.kind = token.kind();
        this.expiresAt = Rows.utc(token.expiresAt());
        this.usedAt = Rows.utc(token.usedAt());
    }

    IssuedToken toRecord() {
        return new IssuedToken(hash, familyId, kind, Rows.instant(expiresAt), Rows.maybeInstant(usedAt));
    }
}
