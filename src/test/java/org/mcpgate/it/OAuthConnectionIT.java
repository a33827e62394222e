package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpgate.it.McpClients.call;
import static org.mcpgate.it.McpClients.text;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server-wide OAuth 2.0 connection to Jira Data Center's own provider (the simulator's), made by an
 * administrator on the admin page (deployment /oauth-dc), then used and refreshed by tool calls.
 */
class OAuthConnectionIT {

    private static final String APP = Servers.MCPGATE + "/oauth-dc";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** One administrator's browser: its cookies, and Basic credentials for the admin page. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void freshJira() throws Exception {
        JiraSimulatorControl.reset();
        JiraSimulatorControl.oauthClient("{\"client_id\":\"mcpgate-it\",\"client_secret\":\"mcpgate-it-secret\","
                + "\"redirect_uri\":\"" + APP + "/admin/oauth/callback\",\"scope\":\"WRITE\"}");
        HttpResponse<String> page = get(APP + "/admin/", "admin:admin-it-password");
        if (page.body().contains("id=\"disconnect\"")) {
            post("/admin/disconnect", csrf(page));
        }
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String url, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String csrf) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(APP + path))
                .header("Authorization", basic("admin:admin-it-password"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(csrf == null ? "" : "csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertTrue(m.find(), page.body());
        return m.group(1);
    }

    /** The administrator connects; alice logs into Jira and consents. Answers the admin page afterwards. */
    private String connectAsAlice() throws Exception {
        HttpResponse<String> connect = post("/admin/connect", csrf(get(APP + "/admin/", "admin:admin-it-password")));
        assertEquals(302, connect.statusCode(), connect.body());
        String authorize = connect.headers().firstValue("Location").orElseThrow();
        assertTrue(authorize.startsWith(Servers.JIRA + "/rest/oauth2/latest/authorize?client_id=mcpgate-it&"),
                authorize);
        assertTrue(authorize.contains("code_challenge_method=S256"), authorize);
        HttpResponse<String> consented = get(authorize, "alice:alice");
        String callback = consented.headers().firstValue("Location").orElseThrow();
        assertTrue(callback.startsWith(APP + "/admin/oauth/callback?code="), callback);
        HttpResponse<String> done = get(callback, "admin:admin-it-password");
        assertEquals(302, done.statusCode(), done.body());
        return get(APP + "/admin/", "admin:admin-it-password").body();
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
        assertEquals(403, stranger.send(page.header("Authorization", basic("viewer:viewer-it-password")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(200, get(APP + "/admin/", "admin:admin-it-password").statusCode());
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
        get(APP + "/admin/", "admin:admin-it-password");
        assertEquals(403, post("/admin/connect", null).statusCode());
        assertEquals(403, post("/admin/connect", "forged").statusCode());
    }

    @Test
    void callbackNotStartedHereThenNothingChanges() throws Exception {
        get(APP + "/admin/", "admin:admin-it-password");
        HttpResponse<String> callback = get(APP + "/admin/oauth/callback?code=x&state=forged",
                "admin:admin-it-password");
        assertEquals(302, callback.statusCode());
        String page = get(APP + "/admin/", "admin:admin-it-password").body();
        assertTrue(page.contains("That authorization was not started here"), page);
        assertTrue(page.contains("Not connected"), page);
    }

    @Test
    void disconnectedThenTheStoredTokensAreGone() throws Exception {
        String page = connectAsAlice();
        HttpResponse<String> disconnect = post("/admin/disconnect", csrf(
                get(APP + "/admin/", "admin:admin-it-password")));
        assertEquals(302, disconnect.statusCode());
        assertTrue(get(APP + "/admin/", "admin:admin-it-password").body().contains("Not connected"), page);
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect("/oauth-dc", Map.of())) {
            assertTrue(call(client, "jira_search", Map.of("jql", "project = DEMO")).isError());
        }
    }
}
