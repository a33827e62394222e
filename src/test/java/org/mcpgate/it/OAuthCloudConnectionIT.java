package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpgate.it.McpClients.call;
import static org.mcpgate.it.McpClients.text;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server-wide OAuth 2.0 connection to Atlassian Cloud (3LO), deployment /oauth-cloud: a real OAuth server
 * (mock-oauth2-server) stands in for auth.atlassian.com, the simulator for api.atlassian.com and the site.
 */
class OAuthCloudConnectionIT {

    private static final int PORT = Integer.getInteger("mockoauth.port", 9192);
    private static final String ISSUER = "http://127.0.0.1:" + PORT + "/atlassian";
    private static MockOAuth2Server authServer;

    private final AdminBrowser browser = new AdminBrowser("/oauth-cloud");

    @BeforeAll
    static void startAuthorizationServer() throws Exception {
        authServer = new MockOAuth2Server();
        authServer.start(InetAddress.getByName("127.0.0.1"), PORT);
    }

    @AfterAll
    static void stopAuthorizationServer() {
        authServer.shutdown();
    }

    @BeforeEach
    void freshCloud() throws Exception {
        JiraSimulatorControl.reset();
        trustSite("it-cloud-site");
        browser.disconnectIfConnected();
    }

    private static void trustSite(String cloudId) {
        JiraSimulatorControl.cloud("{\"cloudId\":\"" + cloudId + "\",\"issuer\":\"" + ISSUER + "\",\"jwksUrl\":\""
                + ISSUER + "/jwks\"}");
    }

    /** Connect on the admin page; at the authorization server the user signs in as alice. */
    private String connectAsAlice() throws Exception {
        String authorize = browser.startConnecting();
        assertTrue(authorize.startsWith(ISSUER + "/authorize?audience=api.atlassian.com&prompt=consent&"), authorize);
        HttpResponse<String> login = browser.get(authorize, null);
        assertEquals(200, login.statusCode(), login.body());
        return browser.returnFrom(browser.post(authorize, "username=alice", null));
    }

    @Test
    void connectedThenToolCallsGoThroughTheCloudGatewayAsTheConsentingUser() throws Exception {
        String page = connectAsAlice();
        assertTrue(page.contains("Connected: mcpgate now acts in Jira as alice."), page);
        assertTrue(page.contains("Connected to Atlassian Cloud as <strong>alice</strong>"), page);
        JiraSimulatorControl.clearRequests();
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect("/oauth-cloud", Map.of())) {
            CallToolResult result = call(client, "jira_create_issue", Map.of("project_key", "DEMO", "summary",
                    "Via Cloud", "issue_type", "Task"));
            assertFalse(result.isError(), text(result));
            String key = ((Map<?, ?>) result.structuredContent()).get("key").toString();
            assertEquals("alice", JiraSimulatorControl.issue(key).path("creator").asString());
        }
        assertTrue(JiraContract.received().stream().allMatch(r -> r.path().startsWith("/ex/jira/it-cloud-site/")),
                "every call went through the gateway to the site");
    }

    @Test
    void grantThatDoesNotReachTheConfiguredSiteThenSaidAtConnectTime() throws Exception {
        trustSite("another-site");
        String page = connectAsAlice();
        assertTrue(page.contains("Connecting failed: The OAuth grant does not reach the Atlassian Cloud site"
                + " it-cloud-site (ATLASSIAN_OAUTH_CLOUD_ID): it reaches another-site."), page);
        assertTrue(page.contains("Not connected"), page);
    }
}
