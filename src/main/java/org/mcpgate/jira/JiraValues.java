package org.mcpgate.jira;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;
import org.mcpgate.atlassian.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders any Jira field value compactly: users as "Display Name (username)", named things by their name,
 * timestamps in ISO 8601, and without the links, avatars and expand lists that only cost a model tokens.
 */
final class JiraValues {

    private static final Set<String> NOISE = Set.of("self", "avatarUrls", "iconUrl", "expand", "statusCategory",
            "avatarId", "subtask", "hierarchyLevel", "entityId", "isLast", "colorName");
    private static final Pattern JIRA_TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?[+-]\\d{4}");
    private static final DateTimeFormatter JIRA_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]Z");

    private JiraValues() {
    }

    /** The compact form of a value, or null when it carries nothing worth showing. */
    static JsonNode render(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isString()) {
            String text = value.asString();
            return text.isEmpty() ? null : Json.MAPPER.getNodeFactory().stringNode(timestamp(text));
        }
        if (value.isArray()) {
            ArrayNode items = Json.array();
            value.forEach(item -> {
                JsonNode rendered = render(item);
                if (rendered != null) {
                    items.add(rendered);
                }
            });
            return items.isEmpty() ? null : items;
        }
        if (value.isObject()) {
            return renderObject(value);
        }
        return value;
    }

    /** A Jira user as "Display Name (username)", the two names people and JQL use. */
    static String user(JsonNode user) {
        String display = user.path("displayName").asString("");
        String id = user.hasNonNull("name") ? user.get("name").asString() : user.path("accountId").asString("");
        if (display.isEmpty()) {
            return id;
        }
        return id.isEmpty() || id.equals(display) ? display : display + " (" + id + ")";
    }

    /** Jira's {@code 2024-01-15T10:30:00.000+0000} as ISO 8601 ({@code 2024-01-15T10:30Z}); other text unchanged. */
    static String timestamp(String text) {
        if (!JIRA_TIMESTAMP.matcher(text).matches()) {
            return text;
        }
        try {
            return OffsetDateTime.parse(text, JIRA_FORMAT).toString();
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static JsonNode renderObject(JsonNode value) {
        if (value.has("displayName") && (value.has("name") || value.has("accountId") || value.has("key"))) {
            return Json.MAPPER.getNodeFactory().stringNode(user(value));
        }
        if (value.has("value") && value.path("value").isString()) {
            return value.get("value");
        }
        if (value.has("name") && value.path("name").isString() && !value.has("fields")) {
            return value.get("name");
        }
        ObjectNode compact = Json.object();
        value.properties().forEach(e -> {
            if (!NOISE.contains(e.getKey())) {
                JsonNode rendered = render(e.getValue());
                if (rendered != null) {
                    compact.set(e.getKey(), rendered);
                }
            }
        });
        return compact.isEmpty() ? null : compact;
    }
}
