-- mcpgate schema, version 2: the OAuth grants to Jira Data Center or Atlassian Cloud (the server-wide connection).
-- Portable SQL for Derby, PostgreSQL and MariaDB; applied at startup by Flyway, or by hand in version order.
--
-- access_token and refresh_token hold values sealed by mcpgate (AES-256-GCM, "v1:<key id>:<base64>"), never
-- tokens in clear. Sizes keep every column a VARCHAR on all three databases, and the declared row under MariaDB's
-- 65,535-byte limit at 4 bytes a character (utf8mb4).
-- Every TIMESTAMP NOT NULL has an explicit DEFAULT: without one, MariaDB or MySQL running with
-- explicit_defaults_for_timestamp=OFF would make the first of them rewrite itself on every UPDATE.
-- Times are UTC.
CREATE TABLE mcpgate_upstream_grant (
    id                VARCHAR(36)   NOT NULL,
    provider          VARCHAR(16)   NOT NULL,
    jira_url          VARCHAR(512),
    cloud_id          VARCHAR(64),
    subject           VARCHAR(255)  NOT NULL,
    scope             VARCHAR(1000) NOT NULL,
    access_token      VARCHAR(6000) NOT NULL,
    refresh_token     VARCHAR(6000),
    access_expires_at TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_at        TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at        TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_mcpgate_upstream_grant PRIMARY KEY (id),
    CONSTRAINT ck_mcpgate_upstream_grant_site CHECK (
        (provider = 'jira-dc' AND jira_url IS NOT NULL AND cloud_id IS NULL)
        OR (provider = 'atlassian-cloud' AND cloud_id IS NOT NULL AND jira_url IS NULL))
);
