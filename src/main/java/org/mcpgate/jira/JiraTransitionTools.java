package org.mcpgate.jira;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mcpgate.atlassian.Json;
import org.mcpgate.atlassian.markup.JiraMarkup;
import org.mcpgate.mcp.FeatureGroup;
import org.mcpgate.mcp.ToolCall;
import org.mcpgate.mcp.ToolDefinition;
import org.mcpgate.mcp.ToolInputException;
import org.mcpgate.mcp.ToolResults;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Moving Jira issues through their workflow: the {@code jira_transitions} toolset. */
@ApplicationScoped
public class JiraTransitionTools implements FeatureGroup {

    @Override
    public String toolset() {
        return "jira_transitions";
    }

    @Inject
    JiraClients clients;

    @Inject
    ProjectScope scope;

    @Override
    public List<SyncToolSpecification> tools() {
        return List.of(getTransitions(), transitionIssue());
    }

    private SyncToolSpecification getTransitions() {
        return ToolDefinition.tool("jira_get_transitions", "List an issue's transitions",
                "List the workflow transitions available for a Jira issue now: id, name and target status.")
                .text("issue_key", "The issue key, e.g. PROJ-123.", true)
                .readOnly()
                .handledBy(call -> {
                    String key = scope.issue(call.text("issue_key"));
                    ArrayNode list = Json.array();
                    available(clients.forCaller(call.caller()), key).forEach(t -> list.addObject().put("id", t.path("id").asString())
                            .put("name", t.path("name").asString())
                            .put("to", t.path("to").path("name").asString()));
                    return ToolResults.json(list);
                });
    }

    private SyncToolSpecification transitionIssue() {
        return ToolDefinition.tool("jira_transition_issue", "Transition a Jira issue",
                "Move a Jira issue to another status through a workflow transition, given by id or by name"
                        + " (the transition's or the target status's), optionally with a comment in Markdown.")
                .text("issue_key", "The issue key, e.g. PROJ-123.", true)
                .text("transition_id", "The transition id (e.g. 31) or name (e.g. 'Done'); see"
                        + " jira_get_transitions.", true)
                .object("fields", "Fields the transition screen sets, e.g. {\"resolution\": {\"name\":"
                        + " \"Fixed\"}}.", false)
                .text("comment", "A comment to add with the transition, in Markdown.", false)
                .writes(false, false)
                .handledBy(this::transition);
    }

    private CallToolResult transition(ToolCall call) {
        JiraClient jira = clients.forCaller(call.caller());
        String key = scope.issue(call.text("issue_key"));
        String wanted = call.text("transition_id");
        List<JsonNode> transitions = available(jira, key);
        JsonNode chosen = transitions.stream().filter(t -> matches(t, wanted)).findFirst().orElseThrow(
                () -> new ToolInputException("No transition '" + wanted + "' is available for " + key
                        + " now. Available: " + describe(transitions) + "."));
        ObjectNode body = Json.object();
        body.putObject("transition").put("id", chosen.path("id").asString());
        call.object("fields").ifPresent(fields -> body.set("fields", fields));
        call.optionalText("comment").ifPresent(text -> body.putObject("update").putArray("comment").addObject()
                .putObject("add").put("body", JiraMarkup.toWiki(text)));
        jira.transition(key, body);
        String to = chosen.path("to").path("name").asString();
        String url = jira.browseUrl(key);
        return ToolResults.confirmation(key + " moved to " + to + " by '" + chosen.path("name").asString()
                + "': " + url, Map.of("key", key, "status", to, "url", url));
    }

    private static List<JsonNode> available(JiraClient jira, String key) {
        List<JsonNode> list = new ArrayList<>();
        JiraIssueTools.notFoundAsAdvice(key, () -> jira.transitions(key)).path("transitions").forEach(list::add);
        return list;
    }

    private static boolean matches(JsonNode transition, String wanted) {
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        return transition.path("id").asString().equals(w)
                || transition.path("name").asString().toLowerCase(Locale.ROOT).equals(w)
                || transition.path("to").path("name").asString().toLowerCase(Locale.ROOT).equals(w);
    }

    private static String describe(List<JsonNode> transitions) {
        if (transitions.isEmpty()) {
            return "none (the workflow has no transition from the current status for this user)";
        }
        return String.join(", ", transitions.stream().map(t -> "'" + t.path("name").asString() + "' (id "
                + t.path("id").asString() + ", to " + t.path("to").path("name").asString() + ")").toList());
    }
}
