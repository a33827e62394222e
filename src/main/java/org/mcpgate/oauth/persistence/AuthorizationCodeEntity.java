package org.mcpgate.oauth.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.mcpgate.oauth.domain.AuthorizationCode;

/**
 * The row of {@code mcpgate_oauth_code}, known by the code's hash. Spent by a conditional UPDATE of
 * {@code used_at} (see {@link JpaAuthorizationRepository#redeemCode}), never through this object. Never in the shared
 * cache: another node may have spent the code a moment ago.
 */
@Entity
@Cacheable(false)
@Table(name = "mcpgate_oauth_code")
public class AuthorizationCodeEntity {

    @Id
    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Embedded
    private AuthorizationRequestColumns request;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "upstream_grant_id", nullable = false, length = 64)
    private String upstreamGrantId;

    @Column(name = "family_id", nullable = false, length = 64)
    private String familyId;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected AuthorizationCodeEntity() {
        // for JPA
    }

    AuthorizationCodeEntity(AuthorizationCode code) {
        this.codeHash = code.codeHash();
        this.request = new AuthorizationRequestColumns(code.request());
        this.subject = code.subject();
        this.upstreamGrantId = code.upstreamGrantId();
        this.familyId = code.familyId();
        this.expiresAt = Rows.utc(code.expiresAt());
    }

    AuthorizationCode toRecord() {
        return new AuthorizationCode(codeHash, request.toRecord(), subject, upstreamGrantId, familyId,
                Rows.instant(expiresAt));
    }
}
