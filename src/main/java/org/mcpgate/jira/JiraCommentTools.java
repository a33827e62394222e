package org.mcpgate.jira;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.mcpgate.atlassian.Json;
import org.mcpgate.atlassian.markup.JiraMarkup;
import org.mcpgate.mcp.FeatureGroup;
import org.mcpgate.mcp.ToolCall;
import org.mcpgate.mcp.ToolDefinition;
import org.mcpgate.mcp.ToolResults;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Commenting on Jira issues: the {@code jira_comments} toolset. */
@ApplicationScoped
public class JiraCommentTools implements FeatureGroup {

    @Override
    public String toolset() {
        return "jira_comments";
    }

    @Inject
    JiraClients clients;

    @Inject
    ProjectScope scope;

    @Override
    public List<SyncToolSpecification> tools() {
        return List.of(ToolDefinition.tool("jira_add_comment", "Comment on a Jira issue",
                "Add a comment, written in Markdown, to a Jira issue.")
                .text("issue_key", "The issue key, e.g. PROJ-123.", true)
                .text("body", "The comment, in Markdown.", true)
                .object("visibility", "Restrict who sees it, e.g. {\"type\": \"group\", \"value\":"
                        + " \"jira-developers\"} or {\"type\": \"role\", \"value\": \"Developers\"}.", false)
                .writes(false, false)
                .handledBy(this::addComment));
    }

    private CallToolResult addComment(ToolCall call) {
        JiraClient jira = clients.forCaller(call.caller());
        String key = scope.issue(call.text("issue_key"));
        ObjectNode comment = Json.object().put("body", JiraMarkup.toWiki(call.text("body")));
        call.object("visibility").ifPresent(v -> comment.set("visibility", v));
        JsonNode added = JiraIssueTools.notFoundAsAdvice(key, () -> jira.addComment(key, comment));
        String id = added.path("id").asString();
        String url = jira.browseUrl(key) + "?focusedCommentId=" + id;
        return ToolResults.confirmation("Added comment " + id + " to " + key + ": " + url,
                Map.of("key", key, "comment_id", id, "url", url));
    }
}
