package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpgate.it.McpClients.call;
import static org.mcpgate.it.McpClients.text;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input and a failing Jira: each gets an answer a person can act on, never a stack trace, and the server
 * keeps serving. The integration-test server runs with JIRA_TIMEOUT=5.
 */
@ExtendWith(JiraContract.class)
class JiraToolErrorsIT {

    private static McpSyncClient client;

    @BeforeAll
    static void connect() {
        client = McpClients.STREAMABLE_HTTP.connect();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @BeforeEach
    void freshJira() {
        JiraSimulatorControl.reset();
    }

    @AfterEach
    void serverStillServes() {
        JiraSimulatorControl.reset();
        CallToolResult result = call(client, "jira_search", Map.of("jql", "project = DEMO", "limit", 1));
        assertFalse(result.isError(), text(result));
    }

    private static String error(String tool, Map<String, Object> arguments) {
        CallToolResult result = call(client, tool, arguments);
        String text = text(result);
        assertTrue(result.isError(), text);
        for (String leak : new String[] {"Exception", "\tat ", ".java", "sim-alice-token"}) {
            assertFalse(text.contains(leak), "leaks '" + leak + "': " + text);
        }
        return text;
    }

    @Test
    void unknownToolThenJsonRpcError() {
        McpError e = assertThrows(McpError.class, () -> call(client, "jira_no_such_tool", Map.of()));
        assertTrue(e.getMessage().startsWith("Unknown tool"), e.getMessage());
    }

    @Test
    void missingArgumentThenNamed() {
        assertEquals("Missing required argument 'issue_key' for jira_get_issue.", error("jira_get_issue", Map.of()));
    }

    @Test
    void unknownArgumentThenAcceptedOnesListed() {
        String text = error("jira_get_issue", Map.of("issue_key", "DEMO-1", "issueKey", "DEMO-1"));
        assertTrue(text.startsWith("Unknown argument 'issueKey' for jira_get_issue; it accepts: comment_limit,"),
                text);
    }

    @Test
    void mistypedArgumentThenWhatItTakes() {
        assertEquals("Argument 'limit' must be a whole number, not the text \"ten\".",
                error("jira_search", Map.of("jql", "project = DEMO", "limit", "ten")));
        assertTrue(error("jira_create_issue", Map.of("project_key", "DEMO", "summary", "x", "issue_type", "Bug",
                "additional_fields", "{labels: oops")).startsWith("Argument 'additional_fields' must be a JSON object"));
    }

    @Test
    void malformedIssueKeyThenRefusedBeforeAnyRequestLeaves() {
        JiraSimulatorControl.clearRequests();
        String text = error("jira_get_issue", Map.of("issue_key", "../../admin"));
        assertTrue(text.contains("is not a Jira issue key"), text);
        assertEquals(0, JiraContract.received().size());
    }

    @Test
    void unknownIssueThenKeyNamedWithAdvice() {
        assertEquals("Issue DEMO-9999 does not exist, or the Jira user mcpgate acts as may not browse it. Check the"
                + " key, e.g. with jira_search.", error("jira_get_issue", Map.of("issue_key", "DEMO-9999")));
    }

    @Test
    void invalidJqlThenJirasExplanation() {
        String text = error("jira_search", Map.of("jql", "project = DEMO AND foo bar"));
        assertTrue(text.startsWith("Jira rejected the request: Error in the JQL Query"), text);
    }

    @Test
    void missingFieldThenFieldNamed() {
        String text = error("jira_create_issue", Map.of("project_key", "NOPE", "summary", "x", "issue_type", "Bug"));
        assertTrue(text.startsWith("Jira rejected the request: ") && text.contains("project"), text);
    }

    @Test
    void unavailableTransitionThenAvailableOnesListed() {
        String text = error("jira_transition_issue", Map.of("issue_key", "DEMO-1", "transition_id", "Teleport"));
        assertTrue(text.startsWith("No transition 'Teleport' is available for DEMO-1 now. Available: '"), text);
    }

    @Test
    void refusedTokenThenWhichCredentialAndHowToFixIt() {
        JiraSimulatorControl.revokeToken("sim-alice-token");
        String text = error("jira_search", Map.of("jql", "project = DEMO"));
        assertTrue(text.startsWith("Jira refused the credentials (HTTP 401): the personal access token in"
                + " JIRA_PERSONAL_TOKEN is wrong, expired or revoked."), text);
    }

    @Test
    void rateLimitedThenWhenToRetry() {
        JiraSimulatorControl.fault("{\"path\":\"/rest/api/2/search\",\"status\":429,\"retryAfter\":7,\"times\":1}");
        assertEquals("Jira is rate-limiting requests (HTTP 429); retry after 7 seconds.",
                error("jira_search", Map.of("jql", "project = DEMO")));
    }

    @Test
    void proxyErrorPageThenItsTitleNotItsHtml() {
        JiraSimulatorControl.fault("{\"path\":\"/rest/api/2/issue/*\",\"status\":502,\"times\":1}");
        String text = error("jira_get_issue", Map.of("issue_key", "DEMO-1"));
        assertTrue(text.startsWith("Jira failed to answer (HTTP 502)"), text);
        assertFalse(text.contains("<"), text);
    }

    @Test
    void droppedConnectionThenCouldNotReachJira() {
        JiraSimulatorControl.fault("{\"path\":\"/rest/api/2/search\",\"reset\":true,\"times\":1}");
        String text = error("jira_search", Map.of("jql", "project = DEMO"));
        assertTrue(text.startsWith("Could not reach Jira at " + Servers.JIRA + ": the connection was closed"
                + " without an answer"), text);
    }

    @Test
    void slowJiraThenTimeoutNamedWithTheKeyToRaise() {
        JiraSimulatorControl.fault("{\"path\":\"/rest/api/2/search\",\"latencyMs\":7000,\"times\":1}");
        String text = error("jira_search", Map.of("jql", "project = DEMO"));
        assertTrue(text.contains("no answer within 5 s (raise JIRA_TIMEOUT"), text);
    }
}
