package org.mcpgate.oauth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.mcpgate.oauth.domain.Consent;
import org.mcpgate.oauth.domain.ConsentRepository;

/** The remembered consents in {@code mcpgate_oauth_consent}, one row per person and client. */
@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

    @PersistenceContext(unitName = "mcpgate")
    EntityManager em;

    /** Updates the row of that person and client in place, or inserts it: never a second row. */
    @Override
    @Transactional
    public void save(Consent consent) {
        ConsentEntity row = em.find(ConsentEntity.class, new ConsentEntity.Key(consent.subject(), consent.clientId()),
                Rows.FROM_DATABASE);
        boolean isNew = row == null;
        if (isNew) {
            row = new ConsentEntity(consent.subject(), consent.clientId());
        }
        row.grant(consent);
        if (isNew) {
            em.persist(row);
        }
        em.flush();
    }

    @Override
    @Transactional
    public Optional<Consent> find(String subject, String clientId) {
        return Optional.ofNullable(em.find(ConsentEntity.class, new ConsentEntity.Key(subject, clientId),
                Rows.FROM_DATABASE)).map(ConsentEntity::toRecord);
    }

    /** All consents, newest first. */
    @Override
    @Transactional
    public List<Consent> list() {
        return em.createQuery("SELECT c FROM ConsentEntity c ORDER BY c.grantedAt DESC, c.subject, c.clientId",
                ConsentEntity.class).setHint("eclipselink.refresh", "true").getResultList().stream()
                .map(ConsentEntity::toRecord).toList();
    }

    @Override
    @Transactional
    public boolean delete(String subject, String clientId) {
        return em.createQuery("DELETE FROM ConsentEntity c WHERE c.subject = :subject AND c.clientId = :client")
                .setParameter("subject", subject).setParameter("client", clientId).executeUpdate() > 0;
    }
}
