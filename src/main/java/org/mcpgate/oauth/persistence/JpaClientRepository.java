package org.mcpgate.oauth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.mcpgate.oauth.domain.ClientRepository;
import org.mcpgate.oauth.domain.RegisteredClient;

/** The registered clients in {@code mcpgate_oauth_client}, through JPA on the server's JTA datasource. */
@ApplicationScoped
public class JpaClientRepository implements ClientRepository {

    @PersistenceContext(unitName = "mcpgate")
    EntityManager em;

    @Override
    @Transactional
    public void save(RegisteredClient client) {
        OAuthClientEntity row = em.find(OAuthClientEntity.class, client.clientId(), Rows.FROM_DATABASE);
        boolean isNew = row == null;
        if (isNew) {
            row = new OAuthClientEntity(client.clientId());
        }
        row.describe(client);
        if (isNew) {
            em.persist(row);
        }
        em.flush();
    }

    @Override
    @Transactional
    public Optional<RegisteredClient> find(String clientId) {
        return Optional.ofNullable(em.find(OAuthClientEntity.class, clientId, Rows.FROM_DATABASE))
                .map(OAuthClientEntity::toRecord);
    }

    @Override
    @Transactional
    public List<RegisteredClient> list() {
        return em.createQuery("SELECT c FROM OAuthClientEntity c ORDER BY c.createdAt DESC, c.clientId",
                OAuthClientEntity.class).setHint("eclipselink.refresh", "true").getResultList().stream()
                .map(OAuthClientEntity::toRecord).toList();
    }

    /**
     * Deletes the client, its consents and its authorizations in flight, and revokes its token families (deleting
     * their tokens), in one transaction: no half-forgotten client is ever visible.
     *
     * @return whether there was anything to forget: the client, a consent, or a family still active (a metadata
     *         document client has families and consents but no row)
     */
    @Override
    @Transactional
    public boolean delete(String clientId) {
        LocalDateTime now = Rows.utc(Instant.now());
        int revoked = em.createQuery("UPDATE TokenFamilyEntity f SET f.revokedAt = :now"
                + " WHERE f.clientId = :client AND f.revokedAt IS NULL")
                .setParameter("now", now).setParameter("client", clientId).executeUpdate();
        em.createQuery("DELETE FROM IssuedTokenEntity t WHERE t.familyId IN"
                + " (SELECT f.id FROM TokenFamilyEntity f WHERE f.clientId = :client)")
                .setParameter("client", clientId).executeUpdate();
        deleteWhereClient("PendingAuthorizationEntity", "request.clientId", clientId);
        deleteWhereClient("AuthorizationCodeEntity", "request.clientId", clientId);
        int consents = deleteWhereClient("ConsentEntity", "clientId", clientId);
        int clients = deleteWhereClient("OAuthClientEntity", "clientId", clientId);
        return clients + consents + revoked > 0;
    }

    private int deleteWhereClient(String entity, String path, String clientId) {
        return em.createQuery("DELETE FROM " + entity + " e WHERE e." + path + " = :client")
                .setParameter("client", clientId).executeUpdate();
    }
}
