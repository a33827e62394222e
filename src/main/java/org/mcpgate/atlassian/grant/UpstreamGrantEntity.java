package org.mcpgate.atlassian.grant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * The row of {@code mcpgate_upstream_grant} (db/migration/V2): tokens sealed by {@link TokenCipher}, times in UTC.
 * Never in the shared cache: another node may rotate the tokens at any moment, and a cached pair would be dead.
 * Changed only through its methods, so the JPA provider's change tracking sees every change.
 */
@Entity
@Cacheable(false)
@Table(name = "mcpgate_upstream_grant")
public class UpstreamGrantEntity {

    static final int TOKEN_COLUMN_LENGTH = 6000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 16)
    private String provider;

    @Column(name = "jira_url", length = 512)
    private String jiraUrl;

    @Column(name = "cloud_id", length = 64)
    private String cloudId;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, length = 1000)
    private String scope;

    @Column(name = "access_token", nullable = false, length = TOKEN_COLUMN_LENGTH)
    private String accessToken;

    @Column(name = "refresh_token", length = TOKEN_COLUMN_LENGTH)
    private String refreshToken;

    /** In UTC: JPA 3.1 maps LocalDateTime, not Instant, to a plain TIMESTAMP on every database. */
    @Column(name = "access_expires_at", nullable = false)
    private LocalDateTime accessExpiresAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected UpstreamGrantEntity() {
        // for JPA
    }

    UpstreamGrantEntity(String id, LocalDateTime createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    /** Who and where: the provider, its site (one of the two columns, as the provider says) and the subject. */
    void describe(UpstreamProvider provider, String site, String subject, String scope) {
        this.provider = provider.code();
        this.jiraUrl = provider == UpstreamProvider.JIRA_DC ? site : null;
        this.cloudId = provider == UpstreamProvider.ATLASSIAN_CLOUD ? site : null;
        this.subject = subject;
        this.scope = scope;
    }

    void tokens(String sealedAccess, String sealedRefresh, LocalDateTime accessExpiresAt, LocalDateTime now) {
        this.accessToken = sealedAccess;
        this.refreshToken = sealedRefresh;
        this.accessExpiresAt = accessExpiresAt;
        this.updatedAt = now;
    }

    String id() {
        return id;
    }

    UpstreamProvider provider() {
        return UpstreamProvider.fromCode(provider);
    }

    String site() {
        return provider() == UpstreamProvider.JIRA_DC ? jiraUrl : cloudId;
    }

    String subject() {
        return subject;
    }

    String scope() {
        return scope;
    }

    String accessToken() {
        return accessToken;
    }

    String refreshToken() {
        return refreshToken;
    }

    LocalDateTime accessExpiresAt() {
        return accessExpiresAt;
    }

    LocalDateTime createdAt() {
        return createdAt;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
