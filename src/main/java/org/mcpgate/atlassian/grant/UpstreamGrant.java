package org.mcpgate.atlassian.grant;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One OAuth grant to Jira Data Center or Atlassian Cloud, tokens in clear: this record lives only in memory, the
 * database holds them sealed. Its {@code toString} hides both tokens.
 *
 * @param id the row id; {@link #SERVER_WIDE_ID} for the grant the whole server acts through
 * @param site the Jira base URL ({@link UpstreamProvider#JIRA_DC}) or the cloud id
 *        ({@link UpstreamProvider#ATLASSIAN_CLOUD})
 * @param subject the Atlassian user the grant acts as: the Jira user name on Data Center, the account id on Cloud
 * @param scope the granted scopes, space-separated as OAuth writes them
 * @param version bumped by every write; a write based on an older version fails (optimistic locking)
 */
public record UpstreamGrant(String id, UpstreamProvider provider, String site, String subject, String scope,
        String accessToken, Optional<String> refreshToken, Instant accessExpiresAt, Instant createdAt,
        Instant updatedAt, long version) {

    /** The well-known id of the server-wide grant: being the primary key, it makes a second one impossible. */
    public static final String SERVER_WIDE_ID = "server";
    static final int MAX_ID = 36;

    public UpstreamGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("a grant id has 1 to " + MAX_ID + " characters");
        }
        if (site.isBlank()) {
            throw new IllegalArgumentException("a grant needs its " + (provider == UpstreamProvider.JIRA_DC
                    ? "Jira base URL" : "cloud id"));
        }
    }

    /** A grant just obtained: scope as granted, or as requested when the provider does not say (Jira DC). */
    public static UpstreamGrant connected(String id, UpstreamProvider provider, String site, String subject,
            String requestedScope, TokenResponse tokens, Instant now) {
        return new UpstreamGrant(id, provider, site, subject, tokens.scope().orElse(requestedScope),
                tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(now), now, now, 0);
    }

    /** This grant with a rotated token pair. */
    public UpstreamGrant withTokens(String newAccessToken, Optional<String> newRefreshToken, Instant expiresAt,
            Instant now) {
        return new UpstreamGrant(id, provider, site, subject, scope, newAccessToken, newRefreshToken, expiresAt,
                createdAt, now, version);
    }

    /** Whether the access token is expired at {@code now + margin}: a token about to expire may die in flight. */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !accessExpiresAt.isAfter(now.plus(margin));
    }

    @Override
    public String toString() {
        return "UpstreamGrant[id=" + id + ", provider=" + provider.code() + ", site=" + site + ", subject=" + subject
                + ", scope=" + scope + ", accessToken=********, refreshToken="
                + refreshToken.map(t -> "********").orElse("none") + ", accessExpiresAt=" + accessExpiresAt
                + ", version=" + version + "]";
    }
}
