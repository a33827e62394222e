package org.mcpgate.oauth.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import org.mcpgate.oauth.domain.Consent;

/**
 * The row of {@code mcpgate_oauth_consent}: one per person and client, so a new consent replaces the old one.
 * Never in the shared cache: a consent withdrawn on one node must not be honoured by another.
 */
@Entity
@Cacheable(false)
@IdClass(ConsentEntity.Key.class)
@Table(name = "mcpgate_oauth_consent")
public class ConsentEntity {

    @Id
    @Column(length = 255)
    private String subject;

    @Id
    @Column(name = "client_id", length = 512)
    private String clientId;

    @Column(name = "redirect_uri", nullable = false, length = 2000)
    private String redirectUri;

    @Column(nullable = false, length = 1000)
    private String scope;

    @Column(name = "granted_at", nullable = false)
    private LocalDateTime grantedAt;

    protected ConsentEntity() {
        // for JPA
    }

    ConsentEntity(String subject, String clientId) {
        this.subject = subject;
        this.clientId = clientId;
    }

    /** Takes what was consented to, and when. */
    void grant(Consent consent) {
        this.redirectUri = consent.redirectUri();
        this.scope = consent.scope();
        this.grantedAt = Rows.utc(consent.grantedAt());
    }

    Consent toRecord() {
        return new Consent(subject, clientId, redirectUri, scope, Rows.instant(grantedAt));
    }

    /** The primary key (subject, client_id). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String subject;
        private String clientId;

        public Key() {
            // for JPA
        }

        Key(String subject, String clientId) {
            this.subject = subject;
            this.clientId = clientId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(subject, key.subject)
                    && Objects.equals(clientId, key.clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subject, clientId);
        }
    }
}
