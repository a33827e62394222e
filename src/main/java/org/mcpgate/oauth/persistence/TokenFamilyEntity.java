package org.mcpgate.oauth.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.mcpgate.oauth.domain.TokenFamily;

/**
 * The row of {@code mcpgate_oauth_token_family}. Revoked by a conditional UPDATE of {@code revoked_at}, never
 * through this object. Never in the shared cache: another node may revoke the family at any moment.
 */
@Entity
@Cacheable(false)
@Table(name = "mcpgate_oauth_token_family")
public class TokenFamilyEntity {

    @Id
    @Column(length = 64)
    private String id;

    @Column(name = "client_id", nullable = false, length = 512)
    private String clientId;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(nullable = false, length = 1000)
    private String scope;

    @Column(nullable = false, length = 2000)
    private String resource;

    @Column(name = "upstream_grant_id", nullable = false, length = 64)
    private String upstreamGrantId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected TokenFamilyEntity() {
        // for JPA
    }

    TokenFamilyEntity(TokenFamily family) {
        this.id = family.id();
        this.clientId = family.clientId();
        this.subject = family.subject();
        this.scope = family.scope();
        this.resource = family.resource();
        this.upstreamGrantId = family.upstreamGrantId();
        this.createdAt = Rows.utc(family.createdAt());
        this.revokedAt = Rows.utc(family.revokedAt());
    }

    TokenFamily toRecord() {
        return new TokenFamily(id, clientId, subject, scope, resource, upstreamGrantId, Rows.instant(createdAt),
                Rows.maybeInstant(revokedAt));
    }
}
