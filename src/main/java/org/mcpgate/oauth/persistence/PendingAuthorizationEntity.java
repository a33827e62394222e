package org.mcpgate.oauth.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.mcpgate.oauth.domain.PendingAuthorization;

/**
 * The row of {@code mcpgate_oauth_pending}: the upstream PKCE verifier only sealed. Never in the shared cache: the
 * callback may reach another node than the one that stored it, and it must be taken exactly once.
 */
@Entity
@Cacheable(false)
@Table(name = "mcpgate_oauth_pending")
public class PendingAuthorizationEntity {

    static final int VERIFIER_COLUMN_LENGTH = 512;

    @Id
    @Column(name = "upstream_state", length = 64)
    private String upstreamState;

    @Embedded
    private AuthorizationRequestColumns request;

    @Column(name = "binding_hash", nullable = false, length = 64)
    private String bindingHash;

    @Column(name = "upstream_verifier", nullable = false, length = VERIFIER_COLUMN_LENGTH)
    private String upstreamVerifier;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected PendingAuthorizationEntity() {
        // for JPA
    }

    /** The row of {@code pending}, its verifier replaced by {@code sealedVerifier}. */
    PendingAuthorizationEntity(PendingAuthorization pending, String sealedVerifier) {
        this.upstreamState = pending.upstreamState();
        this.request = new AuthorizationRequestColumns(pending.request());
        this.bindingHash = pending.bindingHash();
        this.upstreamVerifier = sealedVerifier;
        this.expiresAt = Rows.utc(pending.expiresAt());
    }

    String upstreamState() {
        return upstreamState;
    }

    String sealedVerifier() {
        return upstreamVerifier;
    }

    PendingAuthorization toRecord(String openedVerifier) {
        return new PendingAuthorization(upstreamState, request.toRecord(), bindingHash, openedVerifier,
                Rows.instant(expiresAt));
    }
}
