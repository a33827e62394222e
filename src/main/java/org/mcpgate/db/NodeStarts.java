package org.mcpgate.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The record of node starts, kept through JPA on the server's JTA datasource. */
@ApplicationScoped
public class NodeStarts {

    @PersistenceContext(unitName = "mcpgate")
    EntityManager em;

    @Transactional
    public NodeStart record(String node, String version) {
        NodeStart start = new NodeStart(node, version, Instant.now());
        em.persist(start);
        return start;
    }

    public List<NodeStart> latest(int max) {
        return em.createQuery("SELECT s FROM NodeStart s ORDER BY s.startedAt DESC", NodeStart.class)
                .setMaxResults(max).getResultList();
    }
}
