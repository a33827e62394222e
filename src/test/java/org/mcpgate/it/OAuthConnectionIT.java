package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpgate.it.McpClients.call;
import static org.mcpgate.it.McpClients.text;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The server-wide OAuth 2.0 connection to Jira Data Center's own provider (the simulator's), made by an
 * administrator on the admin page (deployment /oauth-dc), then used and refreshed by tool calls.
 */
class OAuthConnectionIT {

    private static final String APP = Servers.MCPGATE + "/oauth-dc";

    private final AdminBrowser browser = new AdminBrowser("/oauth-dc");

    @BeforeEach
    void freshJira() throws Exception {
        JiraSimulatorControl.reset();
        JiraSimulatorControl.oauthClient("{\"client_id\":\"mcpgate-it\",\"client_secret\":\"mcpgate-it-secret\","
                + "\"redirect_uri\":\"" + APP + "/admin/oauth/callback\",\"scope\":\"WRITE\"}");
        browser.disconnectIfConnected();
    }

    /** The administrator connects; alice logs into Jira and consents. Answers the admin page afterwards. */
    private String connectAsAlice() throws Exception {
        String authorize = browser.startConnecting();
        assertTrue(authorize.startsWith(Servers.JIRA + "/rest/oauth2/latest/authorize?client_id=mcpgate-it&"),
                authorize);
        assertTrue(authorize.contains("code_challenge_method=S256"), authorize);
        return browser.returnFrom(browser.get(authorize, "alice:alice"));
    }

    /** Whatever the flow did, no token Jira issued appears in the server log. */
    @AfterEach
    void noTokenInTheLog() throws Exception {
        String log = ServerLogIT.messagesLog();
        for (JsonNode token : JiraSimulatorControl.oauthTokens()) {
            assertFalse(log.contains(token.path("token").asString()), "a " + token.path("type").asString()
                    + " token is in the log");
        }
    }

    private static String creatorOfNewIssue(McpSyncClient client) {
        CallToolResult result = call(client, "jira_create_issue", Map.of("project_key", "DEMO", "summary",
                "Via OAuth", "issue_type", "Task"));
        assertFalse(result.isError(), text(result));
        return JiraSimulatorControl.issue(((Map<?, ?>) result.structuredContent()).get("key").toString())
                .path("creator").asString();
    }

    @Test
    void adminPageOnlyForTheAdminRole() throws Exception {
        // a browser of its own: this test's one already holds the administrator's single-sign-on cookie
        HttpClient stranger = HttpClient.newHttpClient();
        HttpRequest.Builder page = HttpRequest.newBuilder(URI.create(APP + "/admin/"));
        assertEquals(401, stranger.send(page.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(403, stranger.send(page.header("Authorization", AdminBrowser.basic("viewer:viewer-it-password"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(200, browser.page().statusCode());
    }

    @Test
    void beforeConnectingThenToolsSayAnAdministratorMustConnect() {
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect("/oauth-dc", Map.of())) {
            CallToolResult result = call(client, "jira_search", Map.of("jql", "project = DEMO"));
            assertTrue(result.isError());
            assertEquals("mcpgate is not connected to Jira yet: an administrator must connect it on the admin page"
                    + " (/admin).", text(result));
        }
    }

    @Test
    void connectedThenToolCallsActAsTheConsentingUser() throws Exception {
        String page = connectAsAlice();
        assertTrue(page.contains("Connected: mcpgate now acts in Jira as alice."), page);
        assertTrue(page.contains("Connected to Jira as <strong>alice</strong>"), page);
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect("/oauth-dc", Map.of())) {
            assertEquals("alice", creatorOfNewIssue(client));
        }
    }

    @Test
    void burstOfCallsWhileTheTokenExpiresThenExactlyOneRefresh() throws Exception {
        // tokens live 65 s: usable for 5 s, then inside mcpgate's 60 s renewal margin
        JiraSimulatorControl.oauthSettings("{\"accessTokenSeconds\":65}");
        connectAsAlice();
        Thread.sleep(6_000);
        int before = JiraSimulatorControl.oauthStats().path("refreshes").asInt();
        List<McpSyncClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                clients.add(McpClients.STREAMABLE_HTTP.connect("/oauth-dc", Map.of()));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<CallToolResult>> calls = clients.stream().map(c -> CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return call(c, "jira_search", Map.of("jql", "project = DEMO", "limit", 1));
                    })).toList();
            start.countDown();
            for (CompletableFuture<CallToolResult> result : calls) {
                assertFalse(result.get().isError(), text(result.get()));
            }
        } finally {
            clients.forEach(McpSyncClient::close);
        }
        assertEquals(before + 1, JiraSimulatorControl.oauthStats().path("refreshes").asInt());
        assertEquals(0, JiraSimulatorControl.oauthStats().path("refreshFailures").asInt());
    }

    @Test
    void formWithoutCsrfTokenThenForbidden() throws Exception {
        browser.page();
        assertEquals(403, browser.submit("connect", null).statusCode());
        assertEquals(403, browser.submit("connect", "forged").statusCode());
    }

    @Test
    void callbackNotStartedHereThenNothingChanges() throws Exception {
        browser.page();
        HttpResponse<String> callback = browser.get(APP + "/admin/oauth/callback?code=x&state=forged",
                AdminBrowser.ADMIN);
        assertEquals(302, callback.statusCode());
        String page = browser.page().body();
        assertTrue(page.contains("That authorization was not started here"), page);
        assertTrue(page.contains("Not connected"), page);
    }

    @Test
    void disconnectedThenTheStoredTokensAreGone() throws Exception {
        String page = connectAsAlice();
        HttpResponse<String> disconnect = browser.submit("disconnect", AdminBrowser.csrf(browser.page()));
        assertEquals(302, disconnect.statusCode());
        assertTrue(browser.page().body().contains("Not connected"), page);
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect("/oauth-dc", Map.of())) {
            assertTrue(call(client, "jira_search", Map.of("jql", "project = DEMO")).isError());
        }
    }
}
