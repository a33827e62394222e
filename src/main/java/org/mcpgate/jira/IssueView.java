package org.mcpgate.jira;

import java.util.List;
import java.util.Map;
import org.mcpgate.atlassian.Json;
import org.mcpgate.atlassian.markup.JiraMarkup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The compact view of a Jira issue that the tools return: what a person reads, with text as Markdown. */
final class IssueView {

    /** Fields shown when a caller names none, as mcp-atlassian's {@code DEFAULT_READ_JIRA_FIELDS}. */
    static final List<String> DEFAULT_FIELDS = List.of("summary", "description", "status", "assignee", "reporter",
            "labels", "priority", "created", "updated", "issuetype");

    /** Friendlier names for the fields every issue has. */
    private static final Map<String, String> RENAMED = Map.of("issuetype", "type");
    private static final List<String> RICH_TEXT = List.of("description", "environment");

    private IssueView() {
    }

    static ObjectNode of(JsonNode issue, String browseUrl, int commentLimit) {
        ObjectNode view = Json.object();
        view.put("key", issue.path("key").asString());
        view.put("url", browseUrl);
        issue.path("fields").properties().forEach(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("comment")) {
                ArrayNode comments = comments(value, commentLimit);
                if (!comments.isEmpty()) {
                    view.set("comments", comments);
                    view.put("comment_total", value.path("total").asInt(comments.size()));
                }
            } else if (RICH_TEXT.contains(name) && value.isString()) {
                putIfPresent(view, name, JiraMarkup.toMarkdown(value.asString()));
            } else {
                JsonNode rendered = JiraValues.render(value);
                if (rendered != null) {
                    view.set(RENAMED.getOrDefault(name, name), rendered);
                }
            }
        });
        return view;
    }

    static ObjectNode comment(JsonNode comment) {
        ObjectNode view = Json.object();
        view.put("id", comment.path("id").asString());
        view.put("author", JiraValues.user(comment.path("author")));
        view.put("created", JiraValues.timestamp(comment.path("created").asString("")));
        putIfPresent(view, "body", JiraMarkup.toMarkdown(comment.path("body").asString("")));
        return view;
    }

    /** The newest {@code limit} comments, oldest first, as Jira lists them. */
    private static ArrayNode comments(JsonNode commentField, int limit) {
        ArrayNode all = Json.array();
        JsonNode list = commentField.path("comments");
        for (int i = Math.max(0, list.size() - limit); i < list.size(); i++) {
            all.add(comment(list.get(i)));
        }
        return all;
    }

    private static void putIfPresent(ObjectNode view, String name, String text) {
        if (text != null && !text.isBlank()) {
            view.put(name, text);
        }
    }
}
