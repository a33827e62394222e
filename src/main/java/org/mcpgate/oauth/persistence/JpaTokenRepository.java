package org.mcpgate.oauth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.mcpgate.oauth.domain.IssuedToken;
import org.mcpgate.oauth.domain.TokenFamily;
import org.mcpgate.oauth.domain.TokenRepository;

/**
 * Token families ({@code mcpgate_oauth_token_family}) and their tokens ({@code mcpgate_oauth_token}), by hash. A
 * token is found only with its family and only while the family stands: a token that slipped in while its family
 * was being revoked is never honoured, and is purged when it expires.
 */
@ApplicationScoped
public class JpaTokenRepository implements TokenRepository {

    @PersistenceContext(unitName = "mcpgate")
    EntityManager em;

    @Override
    @Transactional
    public void saveFamily(TokenFamily family) {
        em.persist(new TokenFamilyEntity(family));
        em.flush();
    }

    @Override
    @Transactional
    public Optional<TokenFamily> findFamily(String familyId) {
        return Optional.ofNullable(em.find(TokenFamilyEntity.class, familyId, Rows.FROM_DATABASE))
                .map(TokenFamilyEntity::toRecord);
    }

    @Override
    @Transactional
    public List<TokenFamily> listActive() {
        // a family whose tokens all expired (and were purged) has ended too
        return families("f.revokedAt IS NULL AND EXISTS (SELECT t.hash FROM IssuedTokenEntity t"
                + " WHERE t.familyId = f.id)", null);
    }

    /**
     * Sets {@code revoked_at} only where it is still null (one winner), deletes the family's tokens, then reads the
     * family: writing before reading lets racing revocations queue on the row instead of deadlocking.
     */
    @Override
    @Transactional
    public Optional<TokenFamily> revokeFamily(String familyId, Instant now) {
        int revoked = em.createQuery("UPDATE TokenFamilyEntity f SET f.revokedAt = :now"
                + " WHERE f.id = :id AND f.revokedAt IS NULL")
                .setParameter("now", Rows.utc(now)).setParameter("id", familyId).executeUpdate();
        em.createQuery("DELETE FROM IssuedTokenEntity t WHERE t.familyId = :id").setParameter("id", familyId)
                .executeUpdate();
        if (revoked != 1) {
            return Optional.empty();
        }
        TokenFamily family = findFamily(familyId).orElseThrow();
        return Optional.of(new TokenFamily(family.id(), family.clientId(), family.subject(), family.scope(),
                family.resource(), family.upstreamGrantId(), family.createdAt(), Optional.empty()));
    }

    /** Every family of the client, revoked or not, newest first. */
    @Override
    @Transactional
    public List<TokenFamily> familiesOfClient(String clientId) {
        return families("f.clientId = :client", clientId);
    }

    @Override
    @Transactional
    public void saveToken(IssuedToken token) {
        em.persist(new IssuedTokenEntity(token));
        em.flush();
    }

    /** The token with its family, if both exist and the family is not revoked (whether it expired is the caller's). */
    @Override
    @Transactional
    public Optional<Found> findToken(String hash) {
        List<Object[]> rows = em.createQuery("SELECT t, f FROM IssuedTokenEntity t, TokenFamilyEntity f"
                + " WHERE t.hash = :hash AND f.id = t.familyId AND f.revokedAt IS NULL", Object[].class)
                .setParameter("hash", hash).setHint("eclipselink.refresh", "true").getResultList();
        return rows.stream().findFirst().map(row -> new Found(((IssuedTokenEntity) row[0]).toRecord(),
                ((TokenFamilyEntity) row[1]).toRecord()));
    }

    /** Sets {@code used_at} only where it is still null: one UPDATE, one winner. */
    @Override
    @Transactional
    public boolean markUsed(String hash, Instant now) {
        return em.createQuery("UPDATE IssuedTokenEntity t SET t.usedAt = :now"
                + " WHERE t.hash = :hash AND t.usedAt IS NULL")
                .setParameter("now", Rows.utc(now)).setParameter("hash", hash).executeUpdate() == 1;
    }

    /** Expired tokens; then families revoked before {@code revokedBefore}, with any token stored during revocation. */
    @Override
    @Transactional
    public int purgeExpired(Instant now, Instant revokedBefore) {
        LocalDateTime before = Rows.utc(revokedBefore);
        return em.createQuery("DELETE FROM IssuedTokenEntity t WHERE t.expiresAt < :now")
                .setParameter("now", Rows.utc(now)).executeUpdate()
                + em.createQuery("DELETE FROM IssuedTokenEntity t WHERE t.familyId IN"
                        + " (SELECT f.id FROM TokenFamilyEntity f WHERE f.revokedAt < :before)")
                        .setParameter("before", before).executeUpdate()
                + em.createQuery("DELETE FROM TokenFamilyEntity f WHERE f.revokedAt < :before")
                        .setParameter("before", before).executeUpdate();
    }

    private List<TokenFamily> families(String condition, String clientId) {
        var query = em.createQuery("SELECT f FROM TokenFamilyEntity f WHERE " + condition
                + " ORDER BY f.createdAt DESC, f.id", TokenFamilyEntity.class).setHint("eclipselink.refresh", "true");
        if (clientId != null) {
            query.setParameter("client", clientId);
        }
        return query.getResultList().stream().map(TokenFamilyEntity::toRecord).toList();
    }
}
