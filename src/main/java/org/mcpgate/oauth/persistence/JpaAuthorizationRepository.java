package org.mcpgate.oauth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.mcpgate.atlassian.grant.TokenCipher;
import org.mcpgate.oauth.domain.AuthorizationCode;
import org.mcpgate.oauth.domain.AuthorizationRepository;
import org.mcpgate.oauth.domain.PendingAuthorization;

/**
 * Pending authorizations ({@code mcpgate_oauth_pending}) and codes ({@code mcpgate_oauth_code}). Which of two
 * concurrent callers wins is decided by the database, from the count of rows a conditional statement changed: the
 * loser learns it without an exception (Liberty records an FFDC incident for each one leaving a transaction).
 */
@ApplicationScoped
public class JpaAuthorizationRepository implements AuthorizationRepository {

    static final String VERIFIER = "upstream_verifier";

    @PersistenceContext(unitName = "mcpgate")
    EntityManager em;

    @Inject
    TokenCipher cipher;

    /** Stores the upstream verifier sealed, bound to {@code "<upstream state>:upstream_verifier"}. */
    @Override
    @Transactional
    public void savePending(PendingAuthorization pending) {
        String sealed = cipher.seal(pending.upstreamVerifier(), pending.upstreamState() + ":" + VERIFIER);
        if (sealed.length() > PendingAuthorizationEntity.VERIFIER_COLUMN_LENGTH) {
            throw new IllegalArgumentException("The upstream verifier takes " + sealed.length()
                    + " characters once sealed; the column holds " + PendingAuthorizationEntity.VERIFIER_COLUMN_LENGTH);
        }
        em.persist(new PendingAuthorizationEntity(pending, sealed));
        em.flush();
    }

    /**
     * Reads the row locked for update, then deletes it: only the caller whose DELETE removed it gets it. The lock
     * makes racing callers queue instead of deadlocking where a plain read holds a shared lock to the end of the
     * transaction (Derby, at Liberty's default isolation for it, REPEATABLE READ).
     */
    @Override
    @Transactional
    public Optional<PendingAuthorization> takePending(String upstreamState) {
        PendingAuthorizationEntity row = em.find(PendingAuthorizationEntity.class, upstreamState,
                LockModeType.PESSIMISTIC_WRITE, Rows.FROM_DATABASE);
        if (row == null) {
            return Optional.empty();
        }
        int deleted = em.createQuery("DELETE FROM PendingAuthorizationEntity p WHERE p.upstreamState = :state")
                .setParameter("state", upstreamState).executeUpdate();
        if (deleted != 1) {
            return Optional.empty();
        }
        return Optional.of(row.toRecord(cipher.open(row.sealedVerifier(), row.upstreamState() + ":" + VERIFIER)));
    }

    @Override
    @Transactional
    public void saveCode(AuthorizationCode code) {
        em.persist(new AuthorizationCodeEntity(code));
        em.flush();
    }

    /** Sets {@code used_at} only where it is still null, then reads the row: one UPDATE, one winner. */
    @Override
    @Transactional
    public Redemption redeemCode(String codeHash, Instant now) {
        int spent = em.createQuery("UPDATE AuthorizationCodeEntity c SET c.usedAt = :now"
                + " WHERE c.codeHash = :hash AND c.usedAt IS NULL")
                .setParameter("now", Rows.utc(now)).setParameter("hash", codeHash).executeUpdate();
        AuthorizationCodeEntity row = em.find(AuthorizationCodeEntity.class, codeHash, Rows.FROM_DATABASE);
        if (row == null) {
            return new Redemption.Unknown();
        }
        return spent == 1 ? new Redemption.Fresh(row.toRecord()) : new Redemption.Reused(row.toRecord());
    }

    @Override
    @Transactional
    public int purgeExpired(Instant now) {
        LocalDateTime utc = Rows.utc(now);
        return em.createQuery("DELETE FROM PendingAuthorizationEntity p WHERE p.expiresAt < :now")
                .setParameter("now", utc).executeUpdate()
                + em.createQuery("DELETE FROM AuthorizationCodeEntity c WHERE c.expiresAt < :now")
                        .setParameter("now", utc).executeUpdate();
    }
}
