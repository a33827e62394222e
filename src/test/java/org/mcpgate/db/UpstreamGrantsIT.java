package org.mcpgate.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mcpgate.atlassian.UpstreamException;
import org.mcpgate.atlassian.grant.EncryptionKey;
import org.mcpgate.atlassian.grant.EncryptionKeys;
import org.mcpgate.atlassian.grant.EncryptionKeysProducer;
import org.mcpgate.atlassian.grant.GrantRefresher;
import org.mcpgate.atlassian.grant.GrantTokens;
import org.mcpgate.atlassian.grant.JpaUpstreamGrants;
import org.mcpgate.atlassian.grant.SingleFlight;
import org.mcpgate.atlassian.grant.TokenCipher;
import org.mcpgate.atlassian.grant.TokenCipherException;
import org.mcpgate.atlassian.grant.TokenResponse;
import org.mcpgate.atlassian.grant.UpstreamGrant;
import org.mcpgate.atlassian.grant.UpstreamGrantEntity;
import org.mcpgate.atlassian.grant.UpstreamGrants;
import org.mcpgate.atlassian.grant.UpstreamProvider;
import org.mcpgate.config.ConfigurationException;

/**
 * In the container, on the server's real datasource (Derby, PostgreSQL or MariaDB, as the build chose): the grants
 * go through JPA and JTA into the table migration V2 built, and the table never holds a token in clear.
 */
@ExtendWith(ArquillianExtension.class)
class UpstreamGrantsIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "mcpgate-grants-it.war")
                .addClasses(UpstreamGrant.class, UpstreamGrants.class, JpaUpstreamGrants.class,
                        UpstreamGrantEntity.class, UpstreamProvider.class,
                        TokenCipher.class, TokenCipherException.class, EncryptionKey.class, EncryptionKeys.class,
                        EncryptionKeysProducer.class, TokenResponse.class, GrantRefresher.class, GrantTokens.class,
                        SingleFlight.class, CountingRefresher.class, NodeStart.class, ConfigurationException.class,
                        UpstreamException.class)
                .addClass("org.mcpgate.atlassian.grant.GeneratedKeyFile")
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** The authorization server, played by the test: counts refreshes and rotates the pair. */
    @ApplicationScoped
    public static class CountingRefresher implements GrantRefresher {
        private final AtomicInteger calls = new AtomicInteger();

        /** A method, not the field: through the CDI proxy a field read would see the proxy's own, empty one. */
        public int calls() {
            return calls.get();
        }

        @Override
        public TokenResponse refresh(UpstreamGrant grant) {
            int n = calls.incrementAndGet();
            return new TokenResponse("rotated-access-" + n, Optional.of("rotated-refresh-" + n),
                    Optional.of(Duration.ofHours(2)), "bearer", Optional.empty());
        }
    }

    @Inject
    UpstreamGrants grants;

    @Inject
    TokenCipher cipher;

    @Inject
    EncryptionKeys keys;

    @Inject
    GrantTokens tokens;

    @Inject
    CountingRefresher refresher;

    @Resource(lookup = "jdbc/mcpgate")
    DataSource dataSource;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        created.forEach(grants::delete);
    }

    @Test
    void schemaHasTheGrantTableFromMigrationTwo() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(String.format("SELECT %1$ssuccess%1$s FROM"
                        + " %1$smcpgate_schema_history%1$s WHERE %1$sversion%1$s = '2'",
                        connection.getMetaData().getIdentifierQuoteString()))) {
            assertTrue(rows.next(), "Flyway applied V2__upstream_grant.sql");
            assertTrue(rows.getBoolean(1));
        }
    }

    @Test
    void saveThenFindGivesTheGrantBackWithItsTokensInClear() {
        UpstreamGrant saved = grants.save(dcGrant(newId(), NOW.plus(Duration.ofHours(2))));
        UpstreamGrant found = grants.find(saved.id()).orElseThrow();

        assertEquals(saved.id(), found.id());
        assertEquals(UpstreamProvider.JIRA_DC, found.provider());
        assertEquals("https://jira.example.com", found.site());
        assertEquals("alice", found.subject());
        assertEquals("WRITE", found.scope());
        assertEquals("dc-access-token-1", found.accessToken());
        assertEquals(Optional.of("dc-refresh-token-1"), found.refreshToken());
        assertEquals(NOW.plus(Duration.ofHours(2)), found.accessExpiresAt());
        assertEquals(NOW, found.createdAt());
        assertEquals(saved.version(), found.version());
        assertTrue(grants.find(newId()).isEmpty());
    }

    @Test
    void storedTokensAreSealedAndBoundToTheirRowAndColumn() throws Exception {
        String id = grants.save(dcGrant(newId(), NOW.plus(Duration.ofHours(2)))).id();

        String[] row = columns(id, "access_token", "refresh_token");
        for (String value : row) {
            assertTrue(value.startsWith("v1:" + keys.current().id() + ":"), value);
            assertFalse(value.contains("dc-access-token-1") || value.contains("dc-refresh-token-1"), value);
        }
        assertEquals("dc-access-token-1", cipher.open(row[0], id + ":access_token"));
        assertEquals("dc-refresh-token-1", cipher.open(row[1], id + ":refresh_token"));
        assertThrows(TokenCipherException.class, () -> cipher.open(row[0], id + ":refresh_token"));
        assertThrows(TokenCipherException.class, () -> cipher.open(row[0], newId() + ":access_token"));
    }

    @Test
    void cloudGrantKeepsItsCloudIdInItsOwnColumn() throws Exception {
        String id = newId();
        grants.save(new UpstreamGrant(id, UpstreamProvider.ATLASSIAN_CLOUD, "11223344-cloud", "557058:acc", "",
                "cloud-access", Optional.empty(), NOW.plusSeconds(3600), NOW, NOW, 0));

        assertEquals("atlassian-cloud", columns(id, "provider")[0]);
        assertNull(columns(id, "jira_url")[0]);
        assertEquals("11223344-cloud", columns(id, "cloud_id")[0]);
        assertNull(columns(id, "refresh_token")[0]);
        assertEquals(Optional.empty(), grants.find(id).orElseThrow().refreshToken());
    }

    @Test
    void replaceTokensRotatesThePairAndAnOlderVersionCannotOverwriteIt() throws Exception {
        UpstreamGrant saved = grants.save(dcGrant(newId(), NOW.minusSeconds(10)));

        UpstreamGrant rotated = grants.replaceTokens(saved.id(), saved.version(), "dc-access-token-2",
                Optional.of("dc-refresh-token-2"), NOW.plus(Duration.ofHours(2))).orElseThrow();
        assertEquals(saved.version() + 1, rotated.version());
        UpstreamGrant found = grants.find(saved.id()).orElseThrow();
        assertEquals("dc-access-token-2", found.accessToken());
        assertEquals(Optional.of("dc-refresh-token-2"), found.refreshToken());
        assertEquals(NOW.plus(Duration.ofHours(2)), found.accessExpiresAt());
        assertEquals(rotated.version(), found.version());
        assertEquals("dc-access-token-2", cipher.open(columns(saved.id(), "access_token")[0],
                saved.id() + ":access_token"));

        assertEquals(Optional.empty(), grants.replaceTokens(saved.id(), saved.version(), "late-access",
                Optional.of("late-refresh"), NOW.plus(Duration.ofHours(2))), "a pair based on version 1 lost");
        assertEquals("dc-access-token-2", grants.find(saved.id()).orElseThrow().accessToken());
        assertEquals(Optional.empty(), grants.replaceTokens(newId(), 1, "a", Optional.empty(), NOW));
    }

    @Test
    void findSeesAChangeAnotherNodeWroteAtOnce() throws Exception {
        UpstreamGrant saved = grants.save(dcGrant(newId(), NOW.plus(Duration.ofHours(2))));
        grants.find(saved.id()); // would fill a cache, if there were one

        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE mcpgate_upstream_grant SET access_token = ?, version = version + 1 WHERE id = ?")) {
            update.setString(1, cipher.seal("written-by-another-node", saved.id() + ":access_token"));
            update.setString(2, saved.id());
            assertEquals(1, update.executeUpdate());
        }

        UpstreamGrant found = grants.find(saved.id()).orElseThrow();
        assertEquals("written-by-another-node", found.accessToken());
        assertEquals(saved.version() + 1, found.version());
    }

    @Test
    void deleteForgetsTheGrant() {
        String id = grants.save(dcGrant(newId(), NOW)).id();

        assertTrue(grants.delete(id));
        assertTrue(grants.find(id).isEmpty());
        assertFalse(grants.delete(id));
    }

    @Test
    void saveOfTheServerWideGrantAgainReplacesItAndKeepsItsCreationTime() {
        assertTrue(grants.findServerWide().isEmpty(), "no other test left a server-wide grant behind");
        created.add(UpstreamGrant.SERVER_WIDE_ID);
        UpstreamGrant first = grants.save(dcGrant(UpstreamGrant.SERVER_WIDE_ID, NOW));
        UpstreamGrant again = grants.save(new UpstreamGrant(UpstreamGrant.SERVER_WIDE_ID, UpstreamProvider.JIRA_DC,
                "https://jira.example.com", "bob", "READ", "reconnected", Optional.of("r"), NOW.plusSeconds(7200),
                NOW.plusSeconds(60), NOW.plusSeconds(60), 0));

        UpstreamGrant found = grants.findServerWide().orElseThrow();
        assertEquals("bob", found.subject());
        assertEquals("reconnected", found.accessToken());
        assertEquals(first.createdAt(), found.createdAt());
        assertTrue(again.version() > first.version());
    }

    @Test
    void grantTokensRefreshesAnExpiredGrantOnceAndStoresTheRotatedPairSealed() throws Exception {
        String id = grants.save(dcGrant(newId(), NOW.minusSeconds(1))).id();
        int before = refresher.calls();

        String first = tokens.accessToken(id);
        String second = tokens.accessToken(id);

        assertEquals(1, refresher.calls() - before);
        assertEquals(first, second);
        assertTrue(first.startsWith("rotated-access-"));
        String[] row = columns(id, "access_token", "refresh_token");
        assertEquals(first, cipher.open(row[0], id + ":access_token"));
        assertTrue(cipher.open(row[1], id + ":refresh_token").startsWith("rotated-refresh-"));
        assertFalse(row[0].contains("rotated-access"));
    }

    @Test
    void grantTokensWhenNoGrantThenSaysToConnectOnTheAdminPage() {
        UpstreamException e = assertThrows(UpstreamException.class, () -> tokens.accessToken(newId()));
        assertTrue(e.getMessage().contains("/admin"), e.getMessage());
    }

    /** MCPGATE_ENCRYPTION_KEY is not set on the test server: the key was generated under the server's output. */
    @Test
    void withoutAConfiguredKeyTheKeyIsGeneratedIntoTheServerOutputDirectoryForItsOwnerOnly() throws Exception {
        String output = System.getProperty("server.output.dir");
        assertNotNull(output, "Liberty names its output directory in a system property");
        Path file = keys.generatedFile().orElseThrow();
        assertEquals(Path.of(output, "resources", "security", "mcpgate-encryption.key").toAbsolutePath().normalize(),
                file.normalize());
        assertEquals(keys.current(), EncryptionKey.decode(Files.readString(file)));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
        }
    }

    private String newId() {
        String id = UUID.randomUUID().toString();
        created.add(id);
        return id;
    }

    private static UpstreamGrant dcGrant(String id, Instant expiresAt) {
        return new UpstreamGrant(id, UpstreamProvider.JIRA_DC, "https://jira.example.com", "alice", "WRITE",
                "dc-access-token-1", Optional.of("dc-refresh-token-1"), expiresAt, NOW, NOW, 0);
    }

    private String[] columns(String id, String... names) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT " + String.join(", ", names) + " FROM mcpgate_upstream_grant WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next(), "row " + id);
                String[] values = new String[names.length];
                for (int i = 0; i < names.length; i++) {
                    values[i] = rows.getString(i + 1);
                }
                return values;
            }
        }
    }
}
