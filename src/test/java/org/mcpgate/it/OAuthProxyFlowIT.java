package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpgate.it.McpClients.call;
import static org.mcpgate.it.McpClients.text;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mcpgate.jirasim.RecordedRequest;

/**
 * The OAuth proxy's sign-in as an MCP client and a person go through it: registration, consent, Jira's login, the
 * code for the client, tokens; then tool calls that Jira sees as made by that person, over both transports. Refresh
 * tokens rotate, revocation ends access, scopes limit tools, consent is remembered exactly, and every node of the
 * cluster serves every step.
 */
@ExtendWith(JiraContract.class)
class OAuthProxyFlowIT {

    static final String REDIRECT = "http://127.0.0.1:47001/callback";

    private final ProxyBrowser browser = new ProxyBrowser();

    /** The proxy deployments' OAuth clients at Jira (its incoming application links), on a fresh simulator. */
    static void upstreamClients() {
        JiraSimulatorControl.reset();
        JiraSimulatorControl.oauthClient("{\"client_id\":\"mcpgate-proxy-it\",\"client_secret\":"
                + "\"mcpgate-proxy-it-secret\",\"redirect_uri\":\"" + Servers.PROXY + "/oauth/callback\","
                + "\"scope\":\"WRITE\"}");
        JiraSimulatorControl.oauthClient("{\"client_id\":\"mcpgate-proxy-other-it\",\"client_secret\":"
                + "\"mcpgate-proxy-other-it-secret\",\"redirect_uri\":\"" + Servers.PROXY + "/other/oauth/callback\","
                + "\"scope\":\"WRITE\"}");
    }

    /** Who Jira saw make the requests since the log was last cleared. */
    static List<String> jiraUsers() {
        return JiraContract.received().stream().map(RecordedRequest::user).distinct().toList();
    }

    @BeforeEach
    void freshJira() {
        upstreamClients();
    }

    @Test
    void signInThenToolCallsActInJiraAsTheSignedInPersonOverBothTransports() throws Exception {
        ProxyClient client = ProxyClient.register(Servers.PROXY, "Flow IT", REDIRECT);
        ProxyClient.Tokens tokens = client.signIn(browser, "bob", null);
        assertEquals("read write", tokens.scope());
        assertTrue(tokens.refresh() != null && !tokens.refresh().equals(tokens.access()));

        JiraSimulatorControl.clearRequests();
        try (McpSyncClient mcp = ProxyClient.mcp(McpClients.STREAMABLE_HTTP, Servers.PROXY, tokens.access())) {
            CallToolResult created = call(mcp, "jira_create_issue", Map.of("project_key", "DEMO", "summary",
                    "Via the OAuth proxy", "issue_type", "Task"));
            assertFalse(created.isError(), text(created));
            String key = ((Map<?, ?>) created.structuredContent()).get("key").toString();
            assertEquals("bob", JiraSimulatorControl.issue(key).path("creator").asString());
        }
        assertEquals(List.of("bob"), jiraUsers());

        JiraSimulatorControl.clearRequests();
        try (McpSyncClient mcp = ProxyClient.mcp(McpClients.SSE, Servers.PROXY, tokens.access())) {
            CallToolResult found = call(mcp, "jira_search", Map.of("jql", "project = DEMO", "limit", 1));
            assertFalse(found.isError(), text(found));
        }
        assertEquals(List.of("bob"), jiraUsers());
        assertTrue(JiraContract.received().stream().anyMatch(r -> r.path().equals("/rest/api/2/search")));
        String log = ServerLogIT.messagesLog();
        assertFalse(log.contains(tokens.access()) || log.contains(tokens.refresh()), "a token is in the server log");
    }

    @Test
    void refreshThenTokensRotateAndEachRefreshTokenWorksOnce() throws Exception {
        ProxyClient client = ProxyClient.register(Servers.PROXY, "Refresh IT", REDIRECT);
        ProxyClient.Tokens first = client.signIn(browser, "bob", null);

        ProxyClient.Tokens second = ProxyClient.tokens(client.refresh(Servers.PROXY, first.refresh()));
        assertNotEquals(first.refresh(), second.refresh());
        assertNotEquals(first.access(), second.access());
        assertEquals("read write", second.scope());
        try (McpSyncClient mcp = ProxyClient.mcp(McpClients.STREAMABLE_HTTP, Servers.PROXY, second.access())) {
            assertFalse(call(mcp, "jira_get_issue", Map.of("issue_key", "DEMO-1")).isError());
        }

        ProxyClient.Tokens third = ProxyClient.tokens(client.refresh(Servers.PROXY, second.refresh()));
        assertNotEquals(second.refresh(), third.refresh());
        ProxyClient.assertError(client.refresh(Servers.PROXY, second.refresh()), 400, "invalid_grant");
        ProxyClient.assertError(client.refresh(Servers.PROXY, first.refresh()), 400, "invalid_grant");
    }

    @Test
    void revokedThenTheAccessTokenGets401AndTheRefreshTokenIsDead() throws Exception {
        ProxyClient client = ProxyClient.register(Servers.PROXY, "Revoke IT", REDIRECT);
        ProxyClient.Tokens tokens = client.signIn(browser, "bob", null);
        assertEquals(200, ProxyClient.mcpPost(Servers.PROXY + "/mcp", tokens.access(), null, ProxyClient.INITIALIZE)
                .statusCode());

        HttpResponse<String> revoked = client.revoke(Servers.PROXY, tokens.access());
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("no-store", revoked.headers().firstValue("Cache-Control").orElse(null));

        HttpResponse<String> refused = ProxyClient.mcpPost(Servers.PROXY + "/mcp", tokens.access(), null,
                ProxyClient.INITIALIZE);
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").contains("error=\"invalid_token\""));
        ProxyClient.assertError(client.refresh(Servers.PROXY, tokens.refresh()), 400, "invalid_grant");
        // RFC 7009 §2.2: an unknown (here: already revoked) token is answered 200 too
        assertEquals(200, client.revoke(Servers.PROXY, tokens.refresh()).statusCode());
    }

    @Test
    void readScopeThenReadToolsWorkAndWriteToolsGet403InsufficientScope() throws Exception {
        ProxyClient client = ProxyClient.register(Servers.PROXY, "Reader IT", REDIRECT);
        ProxyClient.Tokens tokens = client.signIn(browser, "bob", "read");
        assertEquals("read", tokens.scope());
        try (McpSyncClient mcp = ProxyClient.mcp(McpClients.STREAMABLE_HTTP, Servers.PROXY, tokens.access())) {
            assertFalse(call(mcp, "jira_get_issue", Map.of("issue_key", "DEMO-1")).isError());
        }

        HttpResponse<String> initialized = ProxyClient.mcpPost(Servers.PROXY + "/mcp", tokens.access(), null,
                ProxyClient.INITIALIZE);
        String session = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
        JiraSimulatorControl.clearRequests();
        HttpResponse<String> write = ProxyClient.mcpPost(Servers.PROXY + "/mcp", tokens.access(), session,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"jira_add_comment\","
                        + "\"arguments\":{\"issue_key\":\"DEMO-1\",\"body\":\"not allowed\"}}}");
        assertEquals(403, write.statusCode(), write.body());
        String challenge = write.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Bearer ") && challenge.contains("error=\"insufficient_scope\""), challenge);
        assertTrue(challenge.contains("resource_metadata=\"" + Servers.PROXY
                + "/.well-known/oauth-protected-resource/mcp\""), challenge);
        assertEquals(List.of(), JiraContract.received(), "nothing reached Jira");
    }

    @Test
    void secondAuthorizationOfTheSameClientRedirectAndScopeThenConsentIsRememberedButNotForAnotherScope()
            throws Exception {
        ProxyClient client = ProxyClient.register(Servers.PROXY, "Remembered IT", REDIRECT);
        client.signIn(browser, "bob", "read write");

        ProxyClient.Authorization again = client.start("read write");
        HttpResponse<String> straightToJira = browser.get(again.url());
        assertEquals(303, straightToJira.statusCode(), straightToJira.body());
        assertTrue(ProxyBrowser.location(straightToJira).startsWith(ProxyBrowser.JIRA_AUTHORIZE), "no consent page");
        assertEquals("", straightToJira.body());
        ProxyClient.Tokens tokens = client.finish(ProxyBrowser.clientRedirect(browser.signInAtJira(straightToJira,
                "bob")), again, Servers.PROXY);
        assertEquals("read write", tokens.scope());

        HttpResponse<String> otherScope = browser.get(client.start("read").url());
        assertEquals(200, otherScope.statusCode());
        assertTrue(otherScope.body().contains("name=\"ticket\""), otherScope.body());
        HttpResponse<String> otherBrowser = new ProxyBrowser().get(client.start("read write").url());
        assertEquals(200, otherBrowser.statusCode());
        assertTrue(otherBrowser.body().contains("name=\"ticket\""), otherBrowser.body());
    }

    @Test
    void flowStartedOnNodeAThenNodeBServesConsentTokensRefreshAndToolCalls() throws Exception {
        ProxyClient client = ProxyClient.register(Servers.PROXY, "Cluster IT", REDIRECT);
        ProxyClient.Authorization authorization = client.start(null);
        HttpResponse<String> page = browser.get(authorization.url());
        HttpResponse<String> toJira = browser.decide(Servers.PROXY_B, ProxyBrowser.ConsentForm.of(page), "approve");
        assertEquals(303, toJira.statusCode(), toJira.body());
        ProxyClient.Tokens tokens = client.finish(ProxyBrowser.clientRedirect(browser.signInAtJira(toJira, "bob")),
                authorization, Servers.PROXY_B);

        ProxyClient.Tokens refreshed = ProxyClient.tokens(client.refresh(Servers.PROXY_B, tokens.refresh()));
        JiraSimulatorControl.clearRequests();
        try (McpSyncClient mcp = ProxyClient.mcp(McpClients.STREAMABLE_HTTP, Servers.PROXY_B, refreshed.access())) {
            assertFalse(call(mcp, "jira_get_issue", Map.of("issue_key", "DEMO-1")).isError());
        }
        assertEquals(List.of("bob"), jiraUsers());
        ProxyClient.assertError(client.refresh(Servers.PROXY, tokens.refresh()), 400, "invalid_grant");
    }
}
