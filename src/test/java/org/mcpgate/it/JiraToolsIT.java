package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpgate.it.McpClients.call;
import static org.mcpgate.it.McpClients.text;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seven Jira tools through the SDK's Java client, over Streamable HTTP and over SSE, against the simulator. */
@ExtendWith(JiraContract.class)
class JiraToolsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void freshJira() {
        JiraSimulatorControl.reset();
    }

    @ParameterizedTest
    @EnumSource(McpClients.class)
    void toolsListThenSevenJiraToolsWithStrictSchemasAndHonestAnnotations(McpClients transport) {
        try (McpSyncClient client = transport.connect()) {
            List<Tool> tools = client.listTools().tools();
            assertEquals(List.of("jira_add_comment", "jira_create_issue", "jira_get_issue", "jira_get_transitions",
                    "jira_search", "jira_transition_issue", "jira_update_issue"),
                    tools.stream().map(Tool::name).sorted().toList());
            for (Tool tool : tools) {
                assertEquals(Boolean.FALSE, tool.inputSchema().get("additionalProperties"), tool.name());
                boolean reads = tool.name().startsWith("jira_get") || tool.name().equals("jira_search");
                assertEquals(reads, tool.annotations().readOnlyHint(), tool.name());
                assertEquals(Boolean.TRUE, tool.annotations().openWorldHint(), tool.name());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(McpClients.class)
    void searchThenCompactIssuesWithTotalAndPaging(McpClients transport) {
        try (McpSyncClient client = transport.connect()) {
            CallToolResult result = call(client, "jira_search", Map.of("jql", "project = DEMO ORDER BY key ASC",
                    "limit", 2));
            assertFalse(result.isError(), text(result));
            JsonNode page = JSON.readTree(text(result));
            assertTrue(page.path("total").asInt() > 2, text(result));
            assertEquals(2, page.path("issues").size());
            assertTrue(page.path("next").asString().contains("start_at=2"), text(result));
            JsonNode first = page.path("issues").get(0);
            assertTrue(first.path("key").asString().startsWith("DEMO-"));
            assertFalse(text(result).contains("avatarUrls") || text(result).contains("\"self\""), text(result));
            assertFalse(text(result).contains("\n  "), "not pretty-printed");
        }
    }

    @ParameterizedTest
    @EnumSource(McpClients.class)
    void getIssueThenMarkdownDescriptionUsersByNameAndIsoDates(McpClients transport) {
        try (McpSyncClient client = transport.connect()) {
            CallToolResult result = call(client, "jira_get_issue", Map.of("issue_key", "demo-1"));
            assertFalse(result.isError(), text(result));
            JsonNode issue = JSON.readTree(text(result));
            assertEquals("DEMO-1", issue.path("key").asString());
            assertTrue(issue.path("url").asString().endsWith("/browse/DEMO-1"));
            assertTrue(issue.path("created").asString().matches("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+(Z|[+-]\\d{2}:\\d{2})"),
                    text(result));
            assertTrue(issue.path("reporter").asString().matches(".+ \\(\\w+\\)"), text(result));
        }
    }

    @ParameterizedTest
    @EnumSource(McpClients.class)
    void createThenJiraRecordsTheIssueAsCreatedByTheTokenUserWithWikiMarkup(McpClients transport) {
        try (McpSyncClient client = transport.connect()) {
            CallToolResult result = call(client, "jira_create_issue", Map.of("project_key", "DEMO",
                    "summary", "Printer on fire", "issue_type", "Bug",
                    "description", "## Steps\n\n**Press** print", "additional_fields", "{\"labels\": [\"ops\"]}"));
            assertFalse(result.isError(), text(result));
            String key = ((Map<?, ?>) result.structuredContent()).get("key").toString();
            assertTrue(text(result).startsWith("Created " + key + " in DEMO: "), text(result));
            JsonNode stored = JiraSimulatorControl.issue(key);
            assertEquals("alice", stored.path("creator").asString(), stored.toString());
            assertTrue(stored.toString().contains("h2. Steps"), stored.toString());
            assertTrue(stored.toString().contains("*Press* print"), stored.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(McpClients.class)
    void updateCommentAndTransitionByNameThenJiraShowsEachChange(McpClients transport) {
        try (McpSyncClient client = transport.connect()) {
            CallToolResult updated = call(client, "jira_update_issue", Map.of("issue_key", "DEMO-2",
                    "fields", Map.of("summary", "Renamed by mcpgate")));
            assertFalse(updated.isError(), text(updated));
            CallToolResult commented = call(client, "jira_add_comment", Map.of("issue_key", "DEMO-2",
                    "body", "Looks *good*"));
            assertFalse(commented.isError(), text(commented));
            CallToolResult transitions = call(client, "jira_get_transitions", Map.of("issue_key", "DEMO-2"));
            assertFalse(transitions.isError(), text(transitions));
            String target = JSON.readTree(text(transitions)).get(0).path("to").asString();
            CallToolResult moved = call(client, "jira_transition_issue", Map.of("issue_key", "DEMO-2",
                    "transition_id", target.toUpperCase(java.util.Locale.ROOT)));
            assertFalse(moved.isError(), text(moved));

            JsonNode issue = JSON.readTree(text(call(client, "jira_get_issue", Map.of("issue_key", "DEMO-2"))));
            assertEquals("Renamed by mcpgate", issue.path("summary").asString());
            assertEquals(target, issue.path("status").asString());
            JsonNode comments = issue.path("comments");
            assertEquals("Looks *good*", comments.get(comments.size() - 1).path("body").asString());
        }
    }
}
