package org.mcpgate.jira;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mcpgate.atlassian.Json;
import org.mcpgate.atlassian.UpstreamException;
import org.mcpgate.atlassian.markup.JiraMarkup;
import org.mcpgate.mcp.FeatureGroup;
import org.mcpgate.mcp.ToolCall;
import org.mcpgate.mcp.ToolDefinition;
import org.mcpgate.mcp.ToolResults;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Finding, reading, creating and editing Jira issues: the {@code jira_issues} toolset. */
@ApplicationScoped
public class JiraIssueTools implements FeatureGroup {

    @Override
    public String toolset() {
        return "jira_issues";
    }

    static final int MAX_PAGE = 50;
    private static final String FIELDS_HELP = "Comma-separated field ids to return, e.g. 'summary,status,"
            + "customfield_10010'; '*all' for every field. Default: summary, description, status, assignee, reporter,"
            + " labels, priority, created, updated, issuetype.";

    @Inject
    JiraClients clients;

    @Inject
    ProjectScope scope;

    @Override
    public List<SyncToolSpecification> tools() {
        return List.of(search(), getIssue(), createIssue(), updateIssue());
    }

    private SyncToolSpecification search() {
        return ToolDefinition.tool("jira_search", "Search Jira issues",
                "Search Jira issues with JQL, e.g. 'project = PROJ AND status = \"In Progress\" ORDER BY updated"
                        + " DESC'. Returns the matching issues in compact form and the total count.")
                .text("jql", "The JQL query.", true)
                .text("fields", FIELDS_HELP, false)
                .integer("limit", "How many issues to return (1-" + MAX_PAGE + ").", 10, 1, MAX_PAGE)
                .integer("start_at", "Index of the first issue to return, for paging.", 0, 0, Integer.MAX_VALUE)
                .text("projects_filter", "Comma-separated project keys to limit the search to.", false)
                .text("expand", "Comma-separated Jira expansions, e.g. 'renderedFields,changelog'.", false)
                .readOnly()
                .handledBy(this::runSearch);
    }

    private CallToolResult runSearch(ToolCall call) {
        JiraClient jira = clients.forCaller(call.caller());
        String jql = scope.jql(call.text("jql"), call.names("projects_filter").stream().map(JiraKeys::project)
                .toList());
        int limit = call.integer("limit", 10, 1, MAX_PAGE);
        int startAt = call.integer("start_at", 0, 0, Integer.MAX_VALUE);
        JsonNode page = jira.search(jql, fields(call), startAt, limit, call.names("expand"));
        ArrayNode issues = Json.array();
        page.path("issues").forEach(issue -> issues.add(IssueView.of(issue, jira.browseUrl(
                issue.path("key").asString()), 0)));
        int total = page.path("total").asInt();
        ObjectNode result = Json.object().put("total", total).put("start_at", startAt);
        result.set("issues", issues);
        int next = startAt + issues.size();
        if (next < total && !issues.isEmpty()) {
            result.put("next", "call again with start_at=" + next + " for more");
        }
        return ToolResults.json(result);
    }

    private SyncToolSpecification getIssue() {
        return ToolDefinition.tool("jira_get_issue", "Get a Jira issue",
                "Get one Jira issue by key: its fields, description as Markdown and latest comments.")
                .text("issue_key", "The issue key, e.g. PROJ-123.", true)
                .text("fields", FIELDS_HELP, false)
                .text("expand", "Comma-separated Jira expansions, e.g. 'renderedFields,changelog'.", false)
                .integer("comment_limit", "How many of the latest comments to include (0-100).", 10, 0, 100)
                .readOnly()
                .handledBy(this::runGetIssue);
    }

    private CallToolResult runGetIssue(ToolCall call) {
        JiraClient jira = clients.forCaller(call.caller());
        String key = scope.issue(call.text("issue_key"));
        int commentLimit = call.integer("comment_limit", 10, 0, 100);
        List<String> fields = new ArrayList<>(fields(call));
        if (commentLimit > 0 && !fields.contains("comment") && !fields.contains("*all")) {
            fields.add("comment");
        }
        JsonNode issue = notFoundAsAdvice(key, () -> jira.issue(key, fields, call.names("expand")));
        return ToolResults.json(IssueView.of(issue, jira.browseUrl(issue.path("key").asString(key)), commentLimit));
    }

    private SyncToolSpecification createIssue() {
        return ToolDefinition.tool("jira_create_issue", "Create a Jira issue",
                "Create a Jira issue. Description in Markdown. Use additional_fields for anything else, e.g."
                        + " {\"priority\": {\"name\": \"High\"}, \"labels\": [\"ops\"], \"parent\": {\"key\":"
                        + " \"PROJ-1\"}} for a sub-task.")
                .text("project_key", "The project key, e.g. PROJ.", true)
                .text("summary", "The one-line summary.", true)
                .text("issue_type", "The issue type name, e.g. Bug, Task, Story, Epic, Sub-task.", true)
                .text("assignee", "Username of the assignee (Data Center login name).", false)
                .text("description", "The description, in Markdown.", false)
                .text("components", "Comma-separated component names.", false)
                .object("additional_fields", "More fields as Jira's REST API takes them, by field id.", false)
                .writes(false, false)
                .handledBy(this::runCreateIssue);
    }

    private CallToolResult runCreateIssue(ToolCall call) {
        JiraClient jira = clients.forCaller(call.caller());
        String project = scope.project(call.text("project_key"));
        ObjectNode fields = Json.object();
        fields.putObject("project").put("key", project);
        fields.put("summary", call.text("summary"));
        fields.putObject("issuetype").put("name", call.text("issue_type"));
        call.optionalText("assignee").ifPresent(name -> fields.putObject("assignee").put("name", name));
        call.optionalText("description").ifPresent(text -> fields.put("description", JiraMarkup.toWiki(text)));
        List<String> components = call.names("components");
        if (!components.isEmpty()) {
            ArrayNode list = fields.putArray("components");
            components.forEach(name -> list.addObject().put("name", name));
        }
        call.object("additional_fields").ifPresent(extra -> extra.properties().forEach(
                e -> fields.set(e.getKey(), e.getValue())));
        JsonNode created = jira.createIssue(fields);
        String key = created.path("key").asString();
        String url = jira.browseUrl(key);
        return ToolResults.confirmation("Created " + key + " in " + project + ": " + url,
                Map.of("key", key, "id", created.path("id").asString(), "url", url));
    }

    private SyncToolSpecification updateIssue() {
        return ToolDefinition.tool("jira_update_issue", "Update a Jira issue",
                "Change fields of a Jira issue, e.g. fields {\"summary\": \"New title\", \"description\":"
                        + " \"Markdown text\", \"assignee\": \"jdoe\", \"labels\": [\"ops\"]}. Use"
                        + " jira_transition_issue to change the status.")
                .text("issue_key", "The issue key, e.g. PROJ-123.", true)
                .object("fields", "Fields to set, by field id; description in Markdown; assignee as a username.",
                        false)
                .object("additional_fields", "More fields to set, as Jira's REST API takes them.", false)
                .text("components", "Comma-separated component names; replaces the issue's components.", false)
                .writes(true, true)
                .handledBy(this::runUpdateIssue);
    }

    private CallToolResult runUpdateIssue(ToolCall call) {
        JiraClient jira = clients.forCaller(call.caller());
        String key = scope.issue(call.text("issue_key"));
        ObjectNode fields = Json.object();
        call.object("fields").ifPresent(given -> given.properties().forEach(e -> fields.set(e.getKey(),
                editedValue(e.getKey(), e.getValue()))));
        call.object("additional_fields").ifPresent(extra -> extra.properties().forEach(
                e -> fields.set(e.getKey(), e.getValue())));
        List<String> components = call.names("components");
        if (!components.isEmpty()) {
            ArrayNode list = fields.putArray("components");
            components.forEach(name -> list.addObject().put("name", name));
        }
        if (fields.isEmpty()) {
            throw new org.mcpgate.mcp.ToolInputException("Nothing to update: give 'fields' (e.g. {\"summary\":"
                    + " \"New title\"}), 'additional_fields' or 'components'.");
        }
        ObjectNode body = Json.object();
        body.set("fields", fields);
        notFoundAsAdvice(key, () -> {
            jira.updateIssue(key, body);
            return null;
        });
        String changed = fields.propertyNames().stream().collect(Collectors.joining(", "));
        String url = jira.browseUrl(key);
        return ToolResults.confirmation("Updated " + key + " (" + changed + "): " + url,
                Map.of("key", key, "url", url, "updated_fields", List.copyOf(fields.propertyNames())));
    }

    /** Markdown to wiki markup for text fields, a bare username to Jira's user object. */
    private static JsonNode editedValue(String field, JsonNode value) {
        if ((field.equals("description") || field.equals("environment")) && value.isString()) {
            return Json.MAPPER.getNodeFactory().stringNode(JiraMarkup.toWiki(value.asString()));
        }
        if ((field.equals("assignee") || field.equals("reporter")) && value.isString()) {
            return Json.object().put("name", value.asString());
        }
        return value;
    }

    private static List<String> fields(ToolCall call) {
        List<String> fields = call.names("fields");
        return fields.isEmpty() ? IssueView.DEFAULT_FIELDS : fields;
    }

    /** Jira's 404 says "Issue Does Not Exist"; say which, and that permissions can hide an issue too. */
    static <T> T notFoundAsAdvice(String key, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (UpstreamException e) {
            if (e.status() == 404) {
                throw new UpstreamException(404, "Issue " + key + " does not exist, or the Jira user mcpgate acts"
                        + " as may not browse it. Check the key, e.g. with jira_search.");
            }
            throw e;
        }
    }
}
