package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpgate.it.McpClients.call;
import static org.mcpgate.it.McpClients.text;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each way to authenticate to Jira, through a real MCP client, against deployments of mcpgate.war configured per
 * mode (src/test/liberty-config): the simulator records which Jira user did what.
 */
@ExtendWith(JiraContract.class)
class AuthModesIT {

    private static final Client HTTP = ClientBuilder.newClient();
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"auth-it\","
            + "\"version\":\"1\"}}}";

    @AfterAll
    static void close() {
        HTTP.close();
    }

    @BeforeEach
    void freshJira() {
        JiraSimulatorControl.reset();
    }

    /** Creates an issue and answers who Jira says created it. */
    private static String creatorOfNewIssue(McpSyncClient client) {
        CallToolResult result = call(client, "jira_create_issue", Map.of("project_key", "DEMO", "summary",
                "Who am I", "issue_type", "Task"));
        assertFalse(result.isError(), text(result));
        String key = ((Map<?, ?>) result.structuredContent()).get("key").toString();
        return JiraSimulatorControl.issue(key).path("creator").asString();
    }

    private static Invocation.Builder multiUser() {
        return HTTP.target(Servers.MCPGATE).path("multi-user/mcp").request()
                .header("Accept", "application/json, text/event-stream");
    }

    @ParameterizedTest
    @EnumSource(McpClients.class)
    void perRequestPatsThenEachUserActsAsThemselves(McpClients transport) {
        try (McpSyncClient alice = transport.connect("/multi-user", Map.of("Authorization", "Token sim-alice-token"));
                McpSyncClient bob = transport.connect("/multi-user",
                        Map.of("X-Atlassian-Jira-Personal-Token", "sim-bob-token"))) {
            assertEquals("alice", creatorOfNewIssue(alice));
            assertEquals("bob", creatorOfNewIssue(bob));
        }
    }

    @Test
    void perRequestModeWithoutCredentialsThen401AtTheEndpoint() {
        Response response = multiUser().post(Entity.json(INITIALIZE));
        String body = response.readEntity(String.class);
        assertEquals(401, response.getStatus(), body);
        assertTrue(body.contains("Authentication required: no Atlassian credentials were provided."), body);
        assertEquals("Bearer realm=\"mcpgate\"", response.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void perRequestTokenRefusedByJiraThen401SayingWhichCredential() {
        Response response = multiUser().header("X-Atlassian-Jira-Personal-Token", "not-a-token")
                .post(Entity.json(INITIALIZE));
        String body = response.readEntity(String.class);
        assertEquals(401, response.getStatus(), body);
        assertTrue(body.contains("the personal access token in the X-Atlassian-Jira-Personal-Token header is"
                + " wrong, expired or revoked"), body);
        assertFalse(body.contains("not-a-token"), body);
    }

    @Test
    void forbiddenJiraUrlThenRefusedWithoutAnyRequestLeaving() {
        JiraSimulatorControl.clearRequests();
        Response response = multiUser().header("Authorization", "Token sim-alice-token")
                .header("X-Atlassian-Jira-Url", "http://localhost:" + Servers.JIRA.replaceAll(".*:", ""))
                .post(Entity.json(INITIALIZE));
        String body = response.readEntity(String.class);
        assertEquals(401, response.getStatus(), body);
        assertTrue(body.contains("is refused: its host is not in MCP_ALLOWED_URL_DOMAINS"), body);
        assertEquals(0, JiraContract.received().size(), "nothing reached any Jira");
    }

    @Test
    void allowedJiraUrlThenUsed() {
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect("/multi-user", Map.of(
                "Authorization", "Token sim-bob-token", "X-Atlassian-Jira-Url", Servers.JIRA))) {
            assertEquals("bob", creatorOfNewIssue(client));
        }
    }

    @Test
    void basicThenTheConfiguredUser() {
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect("/basic", Map.of())) {
            assertEquals("bob", creatorOfNewIssue(client));
        }
    }

    @Test
    void broughtAccessTokenThenItsUserAndAClearErrorOnceItExpires() {
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect("/byot", Map.of())) {
            assertEquals("bob", creatorOfNewIssue(client));
            JiraSimulatorControl.revokeToken("sim-bob-token");
            CallToolResult result = call(client, "jira_search", Map.of("jql", "project = DEMO"));
            assertTrue(result.isError());
            assertTrue(text(result).startsWith("Jira refused the credentials (HTTP 401): the OAuth access token from"
                    + " ATLASSIAN_OAUTH_ACCESS_TOKEN is expired or revoked;"), text(result));
        }
    }

    @Test
    void anonymousAnswerToARefusedTokenIsTreatedAsARefusal() {
        JiraSimulatorControl.revokeToken("sim-alice-token");
        JiraSimulatorControl.anonymousReads(true);
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect()) {
            CallToolResult result = call(client, "jira_search", Map.of("jql", "project = DEMO"));
            assertTrue(result.isError(), text(result));
            assertTrue(text(result).startsWith("Jira refused the credentials (HTTP 401): the personal access token"
                    + " in JIRA_PERSONAL_TOKEN"), text(result));
        }
    }
}
