package org.mcpgate.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mcpgate.atlassian.grant.EncryptionKey;
import org.mcpgate.atlassian.grant.EncryptionKeys;
import org.mcpgate.atlassian.grant.EncryptionKeysProducer;
import org.mcpgate.atlassian.grant.TokenCipher;
import org.mcpgate.atlassian.grant.TokenCipherException;
import org.mcpgate.config.ConfigurationException;
import org.mcpgate.oauth.domain.AuthorizationCode;
import org.mcpgate.oauth.domain.AuthorizationRepository;
import org.mcpgate.oauth.domain.AuthorizationRepository.Redemption;
import org.mcpgate.oauth.domain.AuthorizationRequest;
import org.mcpgate.oauth.domain.ClientKind;
import org.mcpgate.oauth.domain.ClientRepository;
import org.mcpgate.oauth.domain.Consent;
import org.mcpgate.oauth.domain.ConsentRepository;
import org.mcpgate.oauth.domain.IssuedToken;
import org.mcpgate.oauth.domain.PendingAuthorization;
import org.mcpgate.oauth.domain.RegisteredClient;
import org.mcpgate.oauth.domain.Secrets;
import org.mcpgate.oauth.domain.TokenFamily;
import org.mcpgate.oauth.domain.TokenKind;
import org.mcpgate.oauth.domain.TokenRepository;
import org.mcpgate.oauth.domain.TokenRepository.Found;
import org.mcpgate.oauth.persistence.JpaTokenRepository;

/**
 * In the container, on the server's real datasource (Derby, PostgreSQL or MariaDB, as the build chose): the OAuth
 * proxy's repositories round-trip their records through the tables migration V3 built, spend a code or a refresh
 * token exactly once however many callers race for it, and never store the upstream verifier in clear.
 */
@ExtendWith(ArquillianExtension.class)
class OAuthStoreIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));
    private static final Instant EARLIER = NOW.minus(Duration.ofMinutes(1));
    private static final int RACERS = 8;

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "mcpgate-oauth-store-it.war")
                .addClasses(ClientRepository.class, ConsentRepository.class, AuthorizationRepository.class,
                        TokenRepository.class, RegisteredClient.class, ClientKind.class, Consent.class,
                        AuthorizationRequest.class, PendingAuthorization.class, AuthorizationCode.class,
                        TokenFamily.class, IssuedToken.class, TokenKind.class, Secrets.class)
                .addPackage(JpaTokenRepository.class.getPackage())
                .addClasses(TokenCipher.class, TokenCipherException.class, EncryptionKey.class, EncryptionKeys.class,
                        EncryptionKeysProducer.class, ConfigurationException.class)
                .addClass("org.mcpgate.atlassian.grant.GeneratedKeyFile")
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    ClientRepository clients;

    @Inject
    ConsentRepository consents;

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    TokenRepository tokens;

    @Inject
    TokenCipher cipher;

    @Resource(lookup = "jdbc/mcpgate")
    DataSource dataSource;

    private final List<String> clientIds = new ArrayList<>();

    /**
     * The server's applications bring the schema up to date while they start, which may end after this deployment
     * started: wait for Flyway's record of V3 (a fresh database has no history table at first).
     */
    @BeforeEach
    void awaitMigrationThree() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (versionThreeApplied().isEmpty()) {
            assertTrue(Instant.now().isBefore(deadline), "Flyway did not record V3__oauth_proxy.sql in 3 minutes");
            Thread.sleep(500);
        }
    }

    /** Deleting each client takes its consents, authorizations and tokens with it; the purge, its families. */
    @AfterEach
    void cleanUp() {
        clientIds.forEach(clients::delete);
        tokens.purgeExpired(NOW.minus(Duration.ofDays(1)), Instant.now().plusSeconds(60));
    }

    @Test
    void schemaHasTheOAuthTablesFromMigrationThree() throws Exception {
        assertEquals(Optional.of(true), versionThreeApplied(), "Flyway applied V3__oauth_proxy.sql");
    }

    @Test
    void clientRoundTripsItsRedirectUrisExactlyAndSaveAgainReplacesIt() throws Exception {
        RegisteredClient client = new RegisteredClient(newClientId(), "Claude \"Desktop\" ✓",
                List.of("https://app.example/cb", "http://127.0.0.1:8765/callback?q=%2E%2E&x=\"y\"\\é"),
                Set.of("authorization_code", "refresh_token"), ClientKind.REGISTERED, NOW);
        clients.save(client);
        assertEquals(Optional.of(client), clients.find(client.clientId()));

        RegisteredClient again = new RegisteredClient(client.clientId(), "Renamed", List.of("https://other.example/cb"),
                Set.of("authorization_code"), ClientKind.METADATA_DOCUMENT, NOW);
        clients.save(again);
        assertEquals(Optional.of(again), clients.find(client.clientId()));
        assertEquals(1, count("mcpgate_oauth_client", "client_id", client.clientId()));
        assertTrue(clients.find(newClientId()).isEmpty());
    }

    @Test
    void clientsAreListedNewestFirst() {
        RegisteredClient older = client(newClientId(), NOW.minus(Duration.ofHours(1)));
        RegisteredClient newer = client(newClientId(), NOW);
        clients.save(newer);
        clients.save(older);

        List<RegisteredClient> listed = clients.list();
        assertTrue(listed.indexOf(newer) >= 0 && listed.indexOf(newer) < listed.indexOf(older), listed::toString);
    }

    @Test
    void consentIsReplacedNotDuplicated() throws Exception {
        String clientId = newClientId();
        consents.save(new Consent("alice", clientId, "https://app.example/cb", "READ", EARLIER));
        Consent again = new Consent("alice", clientId, "https://app.example/other", "READ WRITE", NOW);
        consents.save(again);
        Consent bobs = new Consent("bob", clientId, "https://app.example/cb", "READ", NOW);
        consents.save(bobs);

        assertEquals(Optional.of(again), consents.find("alice", clientId));
        assertEquals(2, count("mcpgate_oauth_consent", "client_id", clientId));
        assertEquals(Set.of(again, bobs), Set.copyOf(consents.list().stream()
                .filter(c -> c.clientId().equals(clientId)).toList()));
        assertTrue(consents.delete("alice", clientId));
        assertFalse(consents.delete("alice", clientId));
        assertTrue(consents.find("alice", clientId).isEmpty());
        assertEquals(Optional.of(bobs), consents.find("bob", clientId));
    }

    @Test
    void pendingIsTakenOnceAndItsVerifierIsStoredOnlySealed() throws Exception {
        PendingAuthorization pending = pending(newClientId(), LATER, Optional.of("client-state"));
        authorizations.savePending(pending);

        String sealed = column("mcpgate_oauth_pending", "upstream_verifier", "upstream_state", pending.upstreamState());
        assertTrue(sealed.startsWith("v1:"), sealed);
        assertFalse(sealed.contains(pending.upstreamVerifier()), sealed);
        assertEquals(pending.upstreamVerifier(), cipher.open(sealed, pending.upstreamState() + ":upstream_verifier"));
        assertThrows(TokenCipherException.class, () -> cipher.open(sealed, "another-state:upstream_verifier"));

        assertEquals(Optional.of(pending), authorizations.takePending(pending.upstreamState()));
        assertEquals(Optional.empty(), authorizations.takePending(pending.upstreamState()));
        assertEquals(0, count("mcpgate_oauth_pending", "upstream_state", pending.upstreamState()));
        assertEquals(Optional.empty(), authorizations.takePending(Secrets.random(32)));
    }

    @Test
    void pendingWithoutClientStateRoundTripsAndEightRacersTakeItOnce() throws Exception {
        PendingAuthorization pending = pending(newClientId(), LATER, Optional.empty());
        authorizations.savePending(pending);

        List<Optional<PendingAuthorization>> taken = race(() -> authorizations.takePending(pending.upstreamState()));
        assertEquals(List.of(Optional.of(pending)), taken.stream().filter(Optional::isPresent).toList());
    }

    @Test
    void codeIsFreshOnceThenReusedAndUnknownCodesAreUnknown() throws Exception {
        AuthorizationCode code = code(newClientId(), LATER);
        authorizations.saveCode(code);

        assertEquals(new Redemption.Fresh(code), authorizations.redeemCode(code.codeHash(), NOW));
        assertEquals(new Redemption.Reused(code), authorizations.redeemCode(code.codeHash(), NOW.plusSeconds(1)));
        assertNotNull(column("mcpgate_oauth_code", "used_at", "code_hash", code.codeHash()));
        assertEquals(new Redemption.Unknown(), authorizations.redeemCode(Secrets.hash("never issued"), NOW));
    }

    @Test
    void codeRedeemedByEightRacersAtOnceIsFreshExactlyOnce() throws Exception {
        AuthorizationCode code = code(newClientId(), LATER);
        authorizations.saveCode(code);

        List<Redemption> results = race(() -> authorizations.redeemCode(code.codeHash(), NOW));
        assertEquals(1, results.stream().filter(Redemption.Fresh.class::isInstance).count(), results::toString);
        assertEquals(RACERS - 1, results.stream().filter(new Redemption.Reused(code)::equals).count());
    }

    @Test
    void familyAndItsTokensRoundTrip() {
        String clientId = newClientId();
        TokenFamily family = family(clientId);
        tokens.saveFamily(family);
        IssuedToken access = token(family.id(), TokenKind.ACCESS, LATER);
        IssuedToken refresh = token(family.id(), TokenKind.REFRESH, NOW.plus(Duration.ofDays(30)));
        tokens.saveToken(access);
        tokens.saveToken(refresh);

        assertEquals(Optional.of(family), tokens.findFamily(family.id()));
        assertEquals(Optional.of(new Found(access, family)), tokens.findToken(access.hash()));
        assertEquals(Optional.of(new Found(refresh, family)), tokens.findToken(refresh.hash()));
        assertEquals(List.of(family), tokens.familiesOfClient(clientId));
        assertTrue(tokens.listActive().contains(family));
        assertTrue(tokens.findToken(Secrets.hash("never issued")).isEmpty());
        assertTrue(tokens.findFamily(Secrets.random(16)).isEmpty());
    }

    @Test
    void markUsedWinsOnceAndTheTokenThenShowsWhen() {
        TokenFamily family = family(newClientId());
        tokens.saveFamily(family);
        IssuedToken refresh = token(family.id(), TokenKind.REFRESH, LATER);
        tokens.saveToken(refresh);

        assertTrue(tokens.markUsed(refresh.hash(), NOW));
        assertFalse(tokens.markUsed(refresh.hash(), NOW.plusSeconds(1)));
        assertEquals(Optional.of(NOW), tokens.findToken(refresh.hash()).orElseThrow().token().usedAt());
        assertFalse(tokens.markUsed(Secrets.hash("never issued"), NOW));
    }

    @Test
    void markUsedByEightRacersAtOnceIsTrueExactlyOnce() throws Exception {
        TokenFamily family = family(newClientId());
        tokens.saveFamily(family);
        IssuedToken refresh = token(family.id(), TokenKind.REFRESH, LATER);
        tokens.saveToken(refresh);

        List<Boolean> results = race(() -> tokens.markUsed(refresh.hash(), NOW));
        assertEquals(1, results.stream().filter(Boolean::booleanValue).count(), results::toString);
    }

    @Test
    void revokeFamilyHidesItsTokensAndIsEmptyTheSecondTime() throws Exception {
        String clientId = newClientId();
        TokenFamily family = family(clientId);
        tokens.saveFamily(family);
        IssuedToken access = token(family.id(), TokenKind.ACCESS, LATER);
        tokens.saveToken(access);

        assertEquals(Optional.of(family), tokens.revokeFamily(family.id(), NOW));
        assertTrue(tokens.findToken(access.hash()).isEmpty());
        assertEquals(0, count("mcpgate_oauth_token", "family_id", family.id()));
        assertEquals(Optional.of(NOW), tokens.findFamily(family.id()).orElseThrow().revokedAt());
        assertFalse(tokens.listActive().stream().anyMatch(f -> f.id().equals(family.id())));

        assertEquals(Optional.empty(), tokens.revokeFamily(family.id(), LATER));
        assertEquals(Optional.of(NOW), tokens.findFamily(family.id()).orElseThrow().revokedAt());
        assertEquals(Optional.empty(), tokens.revokeFamily(Secrets.random(16), NOW));

        IssuedToken late = token(family.id(), TokenKind.ACCESS, LATER);
        tokens.saveToken(late);
        assertTrue(tokens.findToken(late.hash()).isEmpty(), "a token stored after revocation is never honoured");
    }

    @Test
    void revokeFamilyByEightRacersAtOnceReturnsTheFamilyExactlyOnce() throws Exception {
        TokenFamily family = family(newClientId());
        tokens.saveFamily(family);
        tokens.saveToken(token(family.id(), TokenKind.REFRESH, LATER));

        List<Optional<TokenFamily>> results = race(() -> tokens.revokeFamily(family.id(), NOW));
        assertEquals(List.of(Optional.of(family)), results.stream().filter(Optional::isPresent).toList());
        assertEquals(0, count("mcpgate_oauth_token", "family_id", family.id()));
    }

    @Test
    void purgeExpiredDeletesOnlyExpiredRowsAndLongRevokedFamilies() throws Exception {
        String clientId = newClientId();
        PendingAuthorization expiredPending = pending(clientId, EARLIER, Optional.empty());
        PendingAuthorization livePending = pending(clientId, LATER, Optional.empty());
        AuthorizationCode expiredCode = code(clientId, EARLIER);
        AuthorizationCode liveCode = code(clientId, LATER);
        List.of(expiredPending, livePending).forEach(authorizations::savePending);
        List.of(expiredCode, liveCode).forEach(authorizations::saveCode);

        assertTrue(authorizations.purgeExpired(NOW) >= 2);
        assertEquals(0, count("mcpgate_oauth_pending", "upstream_state", expiredPending.upstreamState()));
        assertEquals(1, count("mcpgate_oauth_pending", "upstream_state", livePending.upstreamState()));
        assertEquals(new Redemption.Unknown(), authorizations.redeemCode(expiredCode.codeHash(), NOW));
        assertEquals(new Redemption.Fresh(liveCode), authorizations.redeemCode(liveCode.codeHash(), NOW));

        TokenFamily live = family(clientId);
        TokenFamily longRevoked = family(clientId);
        TokenFamily justRevoked = family(clientId);
        List.of(live, longRevoked, justRevoked).forEach(tokens::saveFamily);
        IssuedToken expired = token(live.id(), TokenKind.ACCESS, EARLIER);
        IssuedToken valid = token(live.id(), TokenKind.REFRESH, LATER);
        List.of(expired, valid).forEach(tokens::saveToken);
        tokens.revokeFamily(longRevoked.id(), NOW.minus(Duration.ofDays(2)));
        tokens.saveToken(token(longRevoked.id(), TokenKind.ACCESS, LATER)); // slipped in during the revocation
        tokens.revokeFamily(justRevoked.id(), NOW);

        assertTrue(tokens.purgeExpired(NOW, NOW.minus(Duration.ofDays(1))) >= 3);
        assertEquals(0, count("mcpgate_oauth_token", "hash", expired.hash()));
        assertEquals(Optional.of(new Found(valid, live)), tokens.findToken(valid.hash()));
        assertTrue(tokens.findFamily(longRevoked.id()).isEmpty());
        assertEquals(0, count("mcpgate_oauth_token", "family_id", longRevoked.id()));
        assertTrue(tokens.findFamily(justRevoked.id()).orElseThrow().revoked());
    }

    @Test
    void deletingAClientForgetsItsConsentsAndAuthorizationsAndRevokesItsFamilies() throws Exception {
        String clientId = newClientId();
        String otherId = newClientId();
        clients.save(client(clientId, NOW));
        consents.save(new Consent("alice", clientId, "https://app.example/cb", "READ", NOW));
        consents.save(new Consent("bob", clientId, "https://app.example/cb", "READ", NOW));
        consents.save(new Consent("alice", otherId, "https://other.example/cb", "READ", NOW));
        TokenFamily family = family(clientId);
        TokenFamily othersFamily = family(otherId);
        List.of(family, othersFamily).forEach(tokens::saveFamily);
        IssuedToken token = token(family.id(), TokenKind.REFRESH, LATER);
        tokens.saveToken(token);
        authorizations.savePending(pending(clientId, LATER, Optional.empty()));
        AuthorizationCode code = code(clientId, LATER);
        authorizations.saveCode(code);

        assertTrue(clients.delete(clientId));
        assertTrue(clients.find(clientId).isEmpty());
        assertTrue(consents.find("alice", clientId).isEmpty() && consents.find("bob", clientId).isEmpty());
        assertTrue(tokens.findFamily(family.id()).orElseThrow().revoked());
        assertTrue(tokens.findToken(token.hash()).isEmpty());
        assertEquals(0, count("mcpgate_oauth_token", "family_id", family.id()));
        assertEquals(0, count("mcpgate_oauth_pending", "client_id", clientId));
        assertEquals(new Redemption.Unknown(), authorizations.redeemCode(code.codeHash(), NOW));

        assertTrue(consents.find("alice", otherId).isPresent());
        assertFalse(tokens.findFamily(othersFamily.id()).orElseThrow().revoked());
        assertFalse(clients.delete(clientId), "nothing left to forget");
    }

    /** MariaDB compares text ignoring case by default: the tables' binary collation keeps ids and hashes exact. */
    @Test
    void idsAndHashesMatchExactlyWhateverTheCase() {
        String clientId = newClientId("Client-" + Secrets.random(16) + "-MiXeD");
        clients.save(client(clientId, NOW));
        TokenFamily family = family(clientId);
        tokens.saveFamily(family);
        IssuedToken token = new IssuedToken("Hash-" + Secrets.random(16) + "-UPPER", family.id(), TokenKind.ACCESS,
                LATER, Optional.empty());
        tokens.saveToken(token);

        assertTrue(clients.find(clientId.toLowerCase(Locale.ROOT)).isEmpty());
        assertTrue(tokens.findToken(token.hash().toLowerCase(Locale.ROOT)).isEmpty());
        assertFalse(tokens.markUsed(token.hash().toLowerCase(Locale.ROOT), NOW));
        assertEquals(Optional.of(new Found(token, family)), tokens.findToken(token.hash()));
    }

    /** The longest values each column takes, on every database; non-ASCII text counts in characters, not bytes. */
    @Test
    void valuesAtTheColumnLimitsFit() throws Exception {
        String clientId = newClientId("https://client.example/" + "c".repeat(512 - 23));
        String subject = "é".repeat(255);
        String scope = "✓".repeat(1000);
        AuthorizationRequest request = new AuthorizationRequest(clientId, uri('r', 2000), scope,
                Optional.of("s".repeat(1000)), "x".repeat(128), uri('m', 2000));

        RegisteredClient client = new RegisteredClient(clientId, "é".repeat(1000),
                List.of(uri('a', 2000), uri('b', 2000), uri('c', 2000)), Set.of("authorization_code"),
                ClientKind.METADATA_DOCUMENT, NOW);
        clients.save(client);
        assertEquals(Optional.of(client), clients.find(clientId));

        Consent consent = new Consent(subject, clientId, request.redirectUri(), scope, NOW);
        consents.save(consent);
        assertEquals(Optional.of(consent), consents.find(subject, clientId));

        PendingAuthorization pending = new PendingAuthorization(Secrets.random(48), request, "b".repeat(64),
                "v".repeat(128), LATER);
        authorizations.savePending(pending);
        assertEquals(Optional.of(pending), authorizations.takePending(pending.upstreamState()));

        AuthorizationCode code = new AuthorizationCode(Secrets.random(48), request, subject, "g".repeat(64),
                "f".repeat(64), LATER);
        authorizations.saveCode(code);
        assertEquals(new Redemption.Fresh(code), authorizations.redeemCode(code.codeHash(), NOW));

        TokenFamily family = new TokenFamily(Secrets.random(48), clientId, subject, scope, request.resource(),
                "g".repeat(64), NOW, Optional.empty());
        tokens.saveFamily(family);
        IssuedToken token = new IssuedToken(Secrets.random(48), family.id(), TokenKind.REFRESH, LATER,
                Optional.empty());
        tokens.saveToken(token);
        assertEquals(Optional.of(new Found(token, family)), tokens.findToken(token.hash()));
    }

    /** Another node writes the row behind this one's back: the next read sees it. */
    @Test
    void readsSeeWhatAnotherNodeWroteAtOnce() throws Exception {
        TokenFamily family = family(newClientId());
        tokens.saveFamily(family);
        IssuedToken refresh = token(family.id(), TokenKind.REFRESH, LATER);
        tokens.saveToken(refresh);
        tokens.findToken(refresh.hash()); // would fill a cache, if there were one

        execute("UPDATE mcpgate_oauth_token SET used_at = expires_at WHERE hash = ?", refresh.hash());
        assertEquals(Optional.of(LATER), tokens.findToken(refresh.hash()).orElseThrow().token().usedAt());
        assertFalse(tokens.markUsed(refresh.hash(), NOW));

        execute("UPDATE mcpgate_oauth_token_family SET revoked_at = created_at WHERE id = ?", family.id());
        assertTrue(tokens.findToken(refresh.hash()).isEmpty());
    }

    /**
     * Runs the call on {@link #RACERS} threads released at once, each call in its own transaction. Plain threads do:
     * the repositories' {@code @Transactional} and the container-managed EntityManager work on them in Liberty, and
     * this server has no concurrency feature for a ManagedExecutorService.
     */
    private static <T> List<T> race(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch ready = new CountDownLatch(RACERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private String newClientId() {
        return newClientId("client-" + Secrets.random(16));
    }

    private String newClientId(String clientId) {
        clientIds.add(clientId);
        return clientId;
    }

    private static RegisteredClient client(String clientId, Instant createdAt) {
        return new RegisteredClient(clientId, "Test client", List.of("https://app.example/cb"),
                Set.of("authorization_code", "refresh_token"), ClientKind.REGISTERED, createdAt);
    }

    private static AuthorizationRequest request(String clientId, Optional<String> state) {
        return new AuthorizationRequest(clientId, "https://app.example/cb", "READ WRITE", state,
                Secrets.hash(Secrets.random(32)), "https://mcp.example/mcp");
    }

    private static PendingAuthorization pending(String clientId, Instant expiresAt, Optional<String> state) {
        return new PendingAuthorization(Secrets.random(32), request(clientId, state), Secrets.hash(Secrets.random(32)),
                Secrets.random(32), expiresAt);
    }

    private static AuthorizationCode code(String clientId, Instant expiresAt) {
        return new AuthorizationCode(Secrets.hash(Secrets.random(32)), request(clientId, Optional.of("st")), "alice",
                "grant-" + Secrets.random(16), Secrets.random(16), expiresAt);
    }

    private static TokenFamily family(String clientId) {
        return new TokenFamily(Secrets.random(16), clientId, "alice", "READ", "https://mcp.example/mcp",
                "grant-" + Secrets.random(16), NOW, Optional.empty());
    }

    private static IssuedToken token(String familyId, TokenKind kind, Instant expiresAt) {
        return new IssuedToken(Secrets.hash(Secrets.random(32)), familyId, kind, expiresAt, Optional.empty());
    }

    /** An https URI of exactly {@code length} characters. */
    private static String uri(char fill, int length) {
        String prefix = "https://app.example/";
        return prefix + String.valueOf(fill).repeat(length - prefix.length());
    }

    /** Whether Flyway applied V3 successfully; empty while it has not recorded it. */
    private Optional<Boolean> versionThreeApplied() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(String.format("SELECT %1$ssuccess%1$s FROM"
                        + " %1$smcpgate_schema_history%1$s WHERE %1$sversion%1$s = '3'",
                        connection.getMetaData().getIdentifierQuoteString()))) {
            return rows.next() ? Optional.of(rows.getBoolean(1)) : Optional.empty();
        } catch (SQLException noHistoryYet) {
            return Optional.empty();
        }
    }

    private int count(String table, String column, String value) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
            select.setString(1, value);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next());
                return rows.getInt(1);
            }
        }
    }

    private String column(String table, String column, String keyColumn, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT " + column + " FROM " + table + " WHERE " + keyColumn + " = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next(), table + " row " + key);
                return rows.getString(1);
            }
        }
    }

    private void execute(String sql, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                sql)) {
            update.setString(1, key);
            assertEquals(1, update.executeUpdate());
        }
    }
}
