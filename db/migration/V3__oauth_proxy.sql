-- mcpgate schema, version 3: the OAuth authorization-server proxy: registered MCP clients, remembered consents,
-- authorizations in flight (pending, then single-use codes), token families and their tokens.
-- Portable SQL for Derby, PostgreSQL and MariaDB; applied at startup by Flyway, or by hand in version order.
--
-- Tokens and codes are stored only as hashes (BASE64URL(SHA-256): 43 characters, in columns of 64), never in clear.
-- upstream_verifier holds a value sealed by mcpgate ("v1:<key id>:<base64>", bound to its row and column).
-- Sizes: ids 64, subject 255 (as in V2), scope and the client's state 1000, URIs (redirect_uri, resource) 2000,
-- client_id 512 (a Client ID Metadata Document's URL), redirect_uris a JSON array of at most 8000 characters. Every
-- declared row stays under MariaDB's 65,535-byte limit and every index key under its 3,072 bytes at 4 bytes a
-- character: the longest key, (subject, client_id), is 767 characters, 3,068 bytes; URIs are never indexed.
-- Pending authorizations and codes live minutes: their purge scans the few rows without an index.
--
-- Text in /*! ... */ is run by MariaDB and MySQL only (Derby and PostgreSQL read a comment):
-- - each table is utf8mb4 with a binary collation, so that ids, hashes and states match exactly, as on the other two
--   databases, whatever the database's default character set and its case-insensitive default collation;
-- - a nullable TIMESTAMP says NULL, which Derby's grammar lacks: without it, MariaDB or MySQL running with
--   explicit_defaults_for_timestamp=OFF (MariaDB before 10.10) makes the column NOT NULL and turns a NULL written to
--   it into the current time.
-- Every TIMESTAMP NOT NULL has an explicit DEFAULT, for the same setting (see V2). Times are UTC, in whole seconds.
--
-- No foreign key to mcpgate_upstream_grant: a grant is deleted on its own, and its tokens then fail upstream. None
-- from token to family either: a token is only ever read joined with its family, so an orphan is invisible; mcpgate
-- deletes a family's tokens before the family, in one transaction; and InnoDB would lock the family row for every
-- token insert, so that a refresh racing a revocation of the same family could deadlock.
CREATE TABLE mcpgate_oauth_client (
    client_id     VARCHAR(512)  NOT NULL,
    client_name   VARCHAR(1000) NOT NULL,
    redirect_uris VARCHAR(8000) NOT NULL,
    grant_types   VARCHAR(255)  NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    created_at    TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_mcpgate_oauth_client PRIMARY KEY (client_id),
    CONSTRAINT ck_mcpgate_oauth_client_kind CHECK (kind IN ('REGISTERED', 'METADATA_DOCUMENT'))
) /*! CHARACTER SET utf8mb4 COLLATE utf8mb4_bin */;

CREATE TABLE mcpgate_oauth_consent (
    subject      VARCHAR(255)  NOT NULL,
    client_id    VARCHAR(512)  NOT NULL,
    redirect_uri VARCHAR(2000) NOT NULL,
    scope        VARCHAR(1000) NOT NULL,
    granted_at   TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_mcpgate_oauth_consent PRIMARY KEY (subject, client_id)
) /*! CHARACTER SET utf8mb4 COLLATE utf8mb4_bin */;

CREATE INDEX ix_mcpgate_oauth_consent_client ON mcpgate_oauth_consent (client_id);

CREATE TABLE mcpgate_oauth_pending (
    upstream_state    VARCHAR(64)   NOT NULL,
    client_id         VARCHAR(512)  NOT NULL,
    redirect_uri      VARCHAR(2000) NOT NULL,
    scope             VARCHAR(1000) NOT NULL,
    state             VARCHAR(1000),
    code_challenge    VARCHAR(128)  NOT NULL,
    resource          VARCHAR(2000) NOT NULL,
    binding_hash      VARCHAR(64)   NOT NULL,
    upstream_verifier VARCHAR(512)  NOT NULL,
    expires_at        TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_mcpgate_oauth_pending PRIMARY KEY (upstream_state)
) /*! CHARACTER SET utf8mb4 COLLATE utf8mb4_bin */;

CREATE TABLE mcpgate_oauth_code (
    code_hash         VARCHAR(64)   NOT NULL,
    client_id         VARCHAR(512)  NOT NULL,
    redirect_uri      VARCHAR(2000) NOT NULL,
    scope             VARCHAR(1000) NOT NULL,
    state             VARCHAR(1000),
    code_challenge    VARCHAR(128)  NOT NULL,
    resource          VARCHAR(2000) NOT NULL,
    subject           VARCHAR(255)  NOT NULL,
    upstream_grant_id VARCHAR(64)   NOT NULL,
    family_id         VARCHAR(64)   NOT NULL,
    expires_at        TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    used_at           TIMESTAMP /*! NULL */,
    CONSTRAINT pk_mcpgate_oauth_code PRIMARY KEY (code_hash)
) /*! CHARACTER SET utf8mb4 COLLATE utf8mb4_bin */;

CREATE TABLE mcpgate_oauth_token_family (
    id                VARCHAR(64)   NOT NULL,
    client_id         VARCHAR(512)  NOT NULL,
    subject           VARCHAR(255)  NOT NULL,
    scope             VARCHAR(1000) NOT NULL,
    resource          VARCHAR(2000) NOT NULL,
    upstream_grant_id VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMP     DEFAULT CURRENT_TIMESTAMP NOT NULL,
    revoked_at        TIMESTAMP /*! NULL */,
    CONSTRAINT pk_mcpgate_oauth_token_family PRIMARY KEY (id)
) /*! CHARACTER SET utf8mb4 COLLATE utf8mb4_bin */;

CREATE INDEX ix_mcpgate_oauth_family_client ON mcpgate_oauth_token_family (client_id);

CREATE TABLE mcpgate_oauth_token (
    hash       VARCHAR(64) NOT NULL,
    family_id  VARCHAR(64) NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    expires_at TIMESTAMP   DEFAULT CURRENT_TIMESTAMP NOT NULL,
    used_at    TIMESTAMP /*! NULL */,
    CONSTRAINT pk_mcpgate_oauth_token PRIMARY KEY (hash),
    CONSTRAINT ck_mcpgate_oauth_token_kind CHECK (kind IN ('ACCESS', 'REFRESH'))
) /*! CHARACTER SET utf8mb4 COLLATE utf8mb4_bin */;

CREATE INDEX ix_mcpgate_oauth_token_family ON mcpgate_oauth_token (family_id);

CREATE INDEX ix_mcpgate_oauth_token_expires ON mcpgate_oauth_token (expires_at);
