package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * READ_ONLY_MODE and TOOLSETS, at the wire: a tool outside the policy is neither listed nor callable, even when the
 * model calls it by name, and nothing reaches Jira (deployments /read-only and /comments-only).
 */
class ToolPolicyIT {

    @BeforeAll
    static void deployed() {
        Servers.awaitStarted("/read-only", "/comments-only", "/demo-only");
    }

    @BeforeEach
    void fresh() {
        JiraSimulatorControl.reset();
    }

    private static List<String> listed(McpSyncClient client) {
        return client.listTools().tools().stream().map(Tool::name).sorted().toList();
    }

    @Test
    void readOnlyModeThenOnlyReadToolsListedAndWritesRefusedByName() {
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect("/read-only", Map.of())) {
            assertEquals(List.of("jira_get_issue", "jira_get_transitions", "jira_search"), listed(client));
            for (Tool tool : client.listTools().tools()) {
                assertTrue(tool.annotations().readOnlyHint(), tool.name());
            }
            McpError refused = assertThrows(McpError.class, () -> McpClients.call(client, "jira_create_issue",
                    Map.of("project_key", "DEMO", "summary", "should never exist", "issue_type", "Task")));
            assertTrue(refused.getMessage().contains("Unknown tool"), refused.getMessage());
            assertThrows(McpError.class, () -> McpClients.call(client, "jira_add_comment",
                    Map.of("issue_key", "DEMO-1", "body", "no")));
            assertFalse(McpClients.call(client, "jira_search", Map.of("jql", "project = DEMO")).isError());
        }
        // the search (a POST on Data Center) is the only call that reached Jira: no create, no comment
        assertTrue(JiraSimulatorControl.requests().findValues("path").stream().allMatch(path -> List.of(
                "/rest/api/2/search", "/rest/api/2/serverInfo").contains(path.asString())),
                JiraSimulatorControl.requests().toString());
    }

    @Test
    void toolsetsThenOnlyThatToolsetsToolsListedAndOthersRefusedByName() {
        try (McpSyncClient client = McpClients.SSE.connect("/comments-only", Map.of())) {
            assertEquals(List.of("jira_add_comment"), listed(client));
            McpError refused = assertThrows(McpError.class, () -> McpClients.call(client, "jira_search",
                    Map.of("jql", "project = DEMO")));
            assertTrue(refused.getMessage().contains("Unknown tool"), refused.getMessage());
        }
        assertTrue(JiraSimulatorControl.requests().findValues("path").stream()
                .noneMatch(path -> path.asString().contains("/search")), JiraSimulatorControl.requests().toString());
    }

    @Test
    void projectsFilterThenAnOrInTheJqlCannotReachAnotherProjectAndKeysOutsideAreRefused() {
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect("/demo-only", Map.of())) {
            CallToolResult found = McpClients.call(client, "jira_search",
                    Map.of("jql", "project = OPS OR project = DEMO", "limit", 50));
            assertFalse(found.isError(), McpClients.text(found));
            assertTrue(McpClients.text(found).contains("\"DEMO-1\""), McpClients.text(found));
            assertFalse(McpClients.text(found).contains("\"OPS-"), McpClients.text(found));
            CallToolResult escape = McpClients.call(client, "jira_search",
                    Map.of("jql", "project = DEMO) OR (project = OPS"));
            assertTrue(escape.isError(), McpClients.text(escape));
            JiraSimulatorControl.clearRequests();
            CallToolResult outside = McpClients.call(client, "jira_add_comment",
                    Map.of("issue_key", "OPS-1", "body", "must not land"));
            assertTrue(outside.isError());
            assertTrue(McpClients.text(outside).contains("JIRA_PROJECTS_FILTER"), McpClients.text(outside));
            CallToolResult create = McpClients.call(client, "jira_create_issue",
                    Map.of("project_key", "OPS", "summary", "must not exist", "issue_type", "Task"));
            assertTrue(create.isError());
        }
        assertEquals(0, JiraSimulatorControl.requests().size(), JiraSimulatorControl.requests().toString());
    }
}
