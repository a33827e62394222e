package org.mcpgate.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One start of an mcpgate node: which node, which version, when. Lets admins see restarts across a cluster. */
@Entity
@Table(name = "mcpgate_node_start")
public class NodeStart {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false)
    private String node;

    @Column(nullable = false, length = 64)
    private String version;

    /** In UTC: JPA 3.1 maps LocalDateTime, not Instant, to a plain TIMESTAMP on every database. */
    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    protected NodeStart() {
        // for JPA
    }

    public NodeStart(String node, String version, Instant startedAt) {
        this.id = UUID.randomUUID().toString();
        this.node = node;
        this.version = version;
        this.startedAt = LocalDateTime.ofInstant(startedAt, ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public String node() {
        return node;
    }

    public String version() {
        return version;
    }

    public Instant startedAt() {
        return startedAt.toInstant(ZoneOffset.UTC);
    }
}
