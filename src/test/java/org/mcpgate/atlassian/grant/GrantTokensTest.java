package org.mcpgate.atlassian.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mcpgate.atlassian.UpstreamException;

class GrantTokensTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String ID = UpstreamGrant.SERVER_WIDE_ID;
    private static final String REVOKED = "The OAuth connection to Jira was revoked or expired; an administrator"
            + " must connect again on the admin page (/admin).";
    private static final int CALLERS = 32;

    private final InMemoryUpstreamGrants grants = new InMemoryUpstreamGrants();
    private final AtomicInteger refreshes = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(CALLERS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void accessTokenWhenTokenIsValidThenItIsReturnedWithoutRefresh() {
        store(NOW.plus(Duration.ofHours(1)));

        assertEquals("access-1", tokens(grant -> fail()).accessToken(ID));
        assertEquals(0, refreshes.get());
    }

    @Test
    void accessTokenWhenTokenExpiresWithinTheMarginThenItIsRefreshedFirst() {
        store(NOW.plusSeconds(30));

        assertEquals("access-2", tokens(grant -> rotated()).accessToken(ID));
        assertEquals(1, refreshes.get());
    }

    @Test
    void accessTokenWhenBurstOfCallersFindsTheTokenExpiredThenExactlyOneRefreshServesThemAll() throws Exception {
        store(NOW.minusSeconds(1));
        AtomicInteger arrived = new AtomicInteger();
        GrantTokens tokens = tokens(grant -> {
            assertEquals(Optional.of("refresh-1"), grant.refreshToken(), "refreshed with the stored refresh token");
            awaitAll(arrived);
            return rotated();
        });

        for (Future<String> answer : burst(arrived, tokens)) {
            assertEquals("access-2", answer.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, refreshes.get(), "rotation invalidates the old refresh token: one refresh only");
        UpstreamGrant stored = grants.find(ID).orElseThrow();
        assertEquals("access-2", stored.accessToken());
        assertEquals(Optional.of("refresh-2"), stored.refreshToken());
        assertEquals(NOW.plus(Duration.ofHours(2)), stored.accessExpiresAt());
        assertEquals(2, stored.version());
    }

    @Test
    void accessTokenAfterRefreshThenTheStoredTokenIsServedWithoutAnotherRefresh() {
        store(NOW.minusSeconds(1));
        GrantTokens tokens = tokens(grant -> rotated());

        assertEquals("access-2", tokens.accessToken(ID));
        assertEquals("access-2", tokens.accessToken(ID));
        assertEquals(1, refreshes.get());
    }

    @Test
    void accessTokenWhenAnswerHasNoRefreshTokenThenTheOldOneIsKept() {
        store(NOW.minusSeconds(1));
        tokens(grant -> new TokenResponse("access-2", Optional.empty(), Optional.empty(), "bearer", Optional.empty()))
                .accessToken(ID);

        UpstreamGrant stored = grants.find(ID).orElseThrow();
        assertEquals(Optional.of("refresh-1"), stored.refreshToken());
        assertEquals(NOW.plus(TokenResponse.ASSUMED_LIFETIME), stored.accessExpiresAt());
    }

    @Test
    void accessTokenWhenRefreshIsRefusedThenEveryWaiterGetsTheErrorAndNothingIsStored() throws Exception {
        store(NOW.minusSeconds(1));
        AtomicInteger arrived = new AtomicInteger();
        GrantTokens tokens = tokens(grant -> {
            awaitAll(arrived);
            throw new UpstreamException(400, REVOKED);
        });

        for (Future<String> answer : burst(arrived, tokens)) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> answer.get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof UpstreamException, e.getCause().toString());
            assertEquals(REVOKED, e.getCause().getMessage());
        }
        assertEquals(1, refreshes.get());
        assertEquals(0, grants.replaces, "nothing stored");
        UpstreamGrant stored = grants.find(ID).orElseThrow();
        assertEquals("access-1", stored.accessToken());
        assertEquals(1, stored.version());
    }

    @Test
    void accessTokenWhenAnotherNodeStoredItsPairFirstThenOurStaleSaveGivesWayToTheStoredToken() {
        store(NOW.minusSeconds(1));
        GrantTokens tokens = tokens(grant -> {
            otherNodeStores(grant.version());
            return rotated();
        });

        assertEquals("access-other", tokens.accessToken(ID));
        assertEquals("access-other", grants.find(ID).orElseThrow().accessToken(), "the winner's pair is kept");
    }

    @Test
    void accessTokenWhenRefreshIsRefusedBecauseAnotherNodeRotatedThePairThenItsStoredTokenIsUsed() {
        store(NOW.minusSeconds(1));
        GrantTokens tokens = tokens(grant -> {
            otherNodeStores(grant.version());
            throw new UpstreamException(400, REVOKED);
        });

        assertEquals("access-other", tokens.accessToken(ID));
    }

    @Test
    void accessTokenWhenRefusedWhileAnotherNodeIsStillSavingThenItWaitsBrieflyForThatSave() {
        store(NOW.minusSeconds(1));
        GrantTokens tokens = new GrantTokens(grants, grant -> {
            refreshes.incrementAndGet();
            pool.submit(() -> {
                Thread.sleep(300);
                otherNodeStores(grant.version());
                return null;
            });
            throw new UpstreamException(400, REVOKED);
        }, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(5));

        assertEquals("access-other", tokens.accessToken(ID));
    }

    @Test
    void accessTokenWhenNoGrantThenTheErrorSaysToConnectOnTheAdminPage() {
        UpstreamException e = assertThrows(UpstreamException.class, () -> tokens(grant -> fail()).accessToken(ID));

        assertTrue(e.getMessage().contains("connect it on the admin page (/admin)"), e.getMessage());
    }

    @Test
    void accessTokenWhenExpiredWithoutRefreshTokenThenTheErrorSaysToConnectAgain() {
        grants.save(new UpstreamGrant(ID, UpstreamProvider.ATLASSIAN_CLOUD, "cloud-1", "acc-1", "read:jira-work",
                "access-1", Optional.empty(), NOW.minusSeconds(1), NOW, NOW, 0));

        UpstreamException e = assertThrows(UpstreamException.class, () -> tokens(grant -> fail()).accessToken(ID));
        assertTrue(e.getMessage().contains("holds no refresh token"), e.getMessage());
        assertTrue(e.getMessage().contains("offline_access"), e.getMessage());
        assertEquals(0, refreshes.get());
    }

    @Test
    void accessTokenWhenStoredTokensCannotBeOpenedThenTheCipherProblemIsReported() {
        store(NOW.plus(Duration.ofHours(1)));
        grants.onFind(grant -> {
            throw new TokenCipherException("A stored token was sealed with encryption key 0badc0de, which this"
                    + " server does not have");
        });

        UpstreamException e = assertThrows(UpstreamException.class, () -> tokens(grant -> fail()).accessToken(ID));
        assertTrue(e.getMessage().contains("0badc0de"), e.getMessage());
    }

    @Test
    void grantToStringHidesBothTokens() {
        String text = store(NOW).toString();

        assertFalse(text.contains("access-1") || text.contains("refresh-1"), text);
        assertTrue(text.contains("accessToken=********"), text);
    }

    private UpstreamGrant store(Instant expiresAt) {
        return grants.save(new UpstreamGrant(ID, UpstreamProvider.JIRA_DC, "https://jira.example.com", "alice",
                "WRITE", "access-1", Optional.of("refresh-1"), expiresAt, NOW, NOW, 0));
    }

    private void otherNodeStores(long version) {
        grants.replaceTokens(ID, version, "access-other", Optional.of("refresh-other"), NOW.plus(Duration.ofHours(2)));
    }

    private GrantTokens tokens(GrantRefresher refresher) {
        return new GrantTokens(grants, grant -> {
            refreshes.incrementAndGet();
            return refresher.refresh(grant);
        }, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);
    }

    private static TokenResponse rotated() {
        return new TokenResponse("access-2", Optional.of("refresh-2"), Optional.of(Duration.ofHours(2)), "bearer",
                Optional.empty());
    }

    private static TokenResponse fail() {
        throw new AssertionError("no refresh expected");
    }

    private List<Future<String>> burst(AtomicInteger arrived, GrantTokens tokens) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                arrived.incrementAndGet();
                return tokens.accessToken(ID);
            }));
        }
        start.countDown();
        return answers;
    }

    /** Keeps the refresh in flight until every caller has called, so they pile up behind it. */
    private static void awaitAll(AtomicInteger arrived) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (arrived.get() < CALLERS && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
