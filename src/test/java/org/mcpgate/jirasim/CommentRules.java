package org.mcpgate.jirasim;

import java.time.Instant;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Validates a comment body and visibility the way Jira does, then builds the comment. */
final class CommentRules {
    private static final Set<String> PROJECT_ROLES = Set.of("Administrators", "Developers", "Users");

    private final JiraStore store;

    CommentRules(JiraStore store) {
        this.store = store;
    }

    /** A new comment from {@code {"body": "...", "visibility": {...}}}, or null with the errors recorded. */
    SimComment create(JsonNode request, SimUser author, Instant now, ValidationErrors errors) {
        String body = request == null ? null : Json.text(request, "body");
        if (body == null || body.isBlank()) {
            errors.field("comment", "Comment body can not be empty!");
            return null;
        }
        JsonNode visibility = request.get("visibility");
        if (visibility != null && !visibility.isNull()) {
            String type = Json.text(visibility, "type");
            String value = Json.text(visibility, "value");
            if ("role".equals(type)) {
                if (!PROJECT_ROLES.contains(value)) {
                    errors.field("commentLevel", "You are currently not a member of the project role: " + value + ".");
                }
            } else if ("group".equals(type)) {
                if (!author.groups().contains(value)) {
                    errors.field("commentLevel", "You are currently not a member of the group: " + value + ".");
                }
            } else {
                errors.field("commentLevel", "Invalid visibility type: " + type + ".");
            }
            if (errors.has("commentLevel")) {
                return null;
            }
        } else {
            visibility = null;
        }
        return new SimComment(store.nextCommentId(), author.name(), body, now,
                visibility == null ? null : visibility.deepCopy());
    }
}
