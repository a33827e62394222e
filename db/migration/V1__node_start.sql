-- mcpgate schema, version 1: the record of node starts.
-- Portable SQL for Derby, PostgreSQL and MariaDB; applied at startup by Flyway, or by hand in version order.
CREATE TABLE mcpgate_node_start (
    id         VARCHAR(36)  NOT NULL,
    node       VARCHAR(255) NOT NULL,
    version    VARCHAR(64)  NOT NULL,
    started_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_mcpgate_node_start PRIMARY KEY (id)
);

CREATE INDEX ix_mcpgate_node_start_at ON mcpgate_node_start (started_at);
