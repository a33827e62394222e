package org.mcpgate.atlassian.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The grants in {@code mcpgate_upstream_grant}, through JPA on the server's JTA datasource. Each token is sealed
 * bound to {@code "<grant id>:access_token"} or {@code "<grant id>:refresh_token"}, so a sealed value moved to
 * another row or column no longer opens. Reads bypass every cache: another node may have just rotated the pair.
 */
@ApplicationScoped
public class JpaUpstreamGrants implements UpstreamGrants {

    static final String ACCESS = "access_token";
    static final String REFRESH = "refresh_token";
    /**
     * Read the row itself, whatever a cache holds. BYPASS is the standard hint, but EclipseLink (Liberty's JPA)
     * still answers with the copy it already has unless told to refresh that copy from the row it read.
     */
    private static final Map<String, Object> FROM_DATABASE = Map.of("jakarta.persistence.cache.retrieveMode",
            CacheRetrieveMode.BYPASS, "eclipselink.refresh", "true");

    @PersistenceContext(unitName = "mcpgate")
    EntityManager em;

    @Inject
    TokenCipher cipher;

    @Override
    @Transactional
    public UpstreamGrant save(UpstreamGrant grant) {
        UpstreamGrantEntity row = em.find(UpstreamGrantEntity.class, grant.id(), FROM_DATABASE);
        boolean isNew = row == null;
        if (isNew) {
            row = new UpstreamGrantEntity(grant.id(), utc(grant.createdAt()));
        }
        row.describe(grant.provider(), grant.site(), grant.subject(), grant.scope());
        row.tokens(seal(grant.id(), ACCESS, grant.accessToken()),
                grant.refreshToken().map(t -> seal(grant.id(), REFRESH, t)).orElse(null),
                utc(grant.accessExpiresAt()), utc(Instant.now()));
        if (isNew) {
            em.persist(row);
        }
        em.flush();
        return toGrant(row, grant.accessToken(), grant.refreshToken());
    }

    @Override
    public Optional<UpstreamGrant> find(String id) {
        return Optional.ofNullable(em.find(UpstreamGrantEntity.class, id, FROM_DATABASE)).map(this::open);
    }

    /** A bulk delete, not a versioned remove: revocation must win even over a refresh stored a moment ago. */
    @Override
    @Transactional
    public boolean delete(String id) {
        return em.createQuery("DELETE FROM UpstreamGrantEntity g WHERE g.id = :id").setParameter("id", id)
                .executeUpdate() > 0;
    }

    /**
     * One conditional UPDATE ({@code WHERE version = ?}): the database itself decides which of two racing nodes
     * stores its pair. The loser learns it from the count of updated rows, not from an exception: Liberty records
     * an FFDC incident for every runtime exception that leaves a transactional method.
     */
    @Override
    @Transactional
    public Optional<UpstreamGrant> replaceTokens(String id, long expectedVersion, String accessToken,
            Optional<String> refreshToken, Instant accessExpiresAt) {
        int updated = em.createQuery("UPDATE UpstreamGrantEntity g SET g.accessToken = :access,"
                + " g.refreshToken = :refresh, g.accessExpiresAt = :expires, g.updatedAt = :now,"
                + " g.version = g.version + 1 WHERE g.id = :id AND g.version = :version")
                .setParameter("access", seal(id, ACCESS, accessToken))
                .setParameter("refresh", refreshToken.map(t -> seal(id, REFRESH, t)).orElse(null))
                .setParameter("expires", utc(accessExpiresAt))
                .setParameter("now", utc(Instant.now()))
                .setParameter("id", id)
                .setParameter("version", expectedVersion)
                .executeUpdate();
        if (updated == 0) {
            return Optional.empty();
        }
        return Optional.of(toGrant(em.find(UpstreamGrantEntity.class, id, FROM_DATABASE), accessToken, refreshToken));
    }

    @Override
    @Transactional
    public int resealWithCurrentKey() {
        int resealed = 0;
        for (UpstreamGrantEntity row : em.createQuery("SELECT g FROM UpstreamGrantEntity g",
                UpstreamGrantEntity.class).setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .setHint("eclipselink.refresh", "true").getResultList()) {
            boolean current = cipher.isSealedWithCurrentKey(row.accessToken())
                    && (row.refreshToken() == null || cipher.isSealedWithCurrentKey(row.refreshToken()));
            if (!current) {
                UpstreamGrant grant = open(row);
                row.tokens(seal(grant.id(), ACCESS, grant.accessToken()),
                        grant.refreshToken().map(t -> seal(grant.id(), REFRESH, t)).orElse(null),
                        row.accessExpiresAt(), row.updatedAt());
                resealed++;
            }
        }
        return resealed;
    }

    private UpstreamGrant open(UpstreamGrantEntity row) {
        return toGrant(row, cipher.open(row.accessToken(), row.id() + ":" + ACCESS),
                Optional.ofNullable(row.refreshToken()).map(t -> cipher.open(t, row.id() + ":" + REFRESH)));
    }

    private String seal(String id, String column, String token) {
        String sealed = cipher.seal(token, id + ":" + column);
        if (sealed.length() > UpstreamGrantEntity.TOKEN_COLUMN_LENGTH) {
            throw new IllegalArgumentException("The " + column + " is too long to store: " + sealed.length()
                    + " characters once sealed, the column holds " + UpstreamGrantEntity.TOKEN_COLUMN_LENGTH);
        }
        return sealed;
    }

    private static UpstreamGrant toGrant(UpstreamGrantEntity row, String accessToken, Optional<String> refreshToken) {
        return new UpstreamGrant(row.id(), row.provider(), row.site(), row.subject(), row.scope(), accessToken,
                refreshToken, instant(row.accessExpiresAt()), instant(row.createdAt()), instant(row.updatedAt()),
                row.version());
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
