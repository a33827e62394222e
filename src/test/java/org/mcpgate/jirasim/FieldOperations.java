package org.mcpgate.jirasim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.StringNode;

/**
 * Applies one operation ({@code set}, {@code add}, {@code remove}) on one field of a draft issue, recording Jira's
 * error for anything wrong. Which fields may be touched at all is the caller's decision.
 */
final class FieldOperations {
    private final JiraStore store;
    private final JiraCatalog catalog;
    private final SimUser actor;
    private final Instant now;
    private final ValidationErrors errors;
    private final ListFieldOperations lists;

    FieldOperations(JiraStore store, SimUser actor, Instant now, ValidationErrors errors) {
        this.store = store;
        this.catalog = store.catalog();
        this.actor = actor;
        this.now = now;
        this.errors = errors;
        this.lists = new ListFieldOperations(catalog, errors);
    }

    void apply(SimIssue draft, String field, String op, JsonNode value) {
        switch (field) {
            case "labels", "components", "fixVersions", "versions" -> lists.apply(draft, field, op, value);
            case "comment" -> comment(draft, op, value);
            default -> {
                if (!op.equals("set")) {
                    unsupported(field, op, "set");
                } else {
                    set(draft, field, value);
                }
            }
        }
    }

    private void set(SimIssue draft, String field, JsonNode value) {
        switch (field) {
            case "summary" -> {
                String summary = string(field, value);
                if (summary == null || summary.isBlank()) {
                    errors.field(field, "You must specify a summary of the issue.");
                } else if (summary.length() > 254) {
                    errors.field(field, "Summary must be less than 255 characters.");
                } else {
                    draft.summary = summary;
                }
            }
            case "description" -> draft.description = emptyToNull(string(field, value));
            case "environment" -> draft.environment = emptyToNull(string(field, value));
            case "assignee" -> user(field, value).ifPresent(u -> draft.assignee = u.isEmpty() ? null : u);
            case "reporter" -> user(field, value).ifPresent(u -> draft.reporter = u.isEmpty() ? null : u);
            case "priority" -> reference(field, value, "name").ifPresent(p -> catalog.priority(p).ifPresentOrElse(
                    found -> draft.priorityId = found.id(),
                    () -> errors.field(field, "The priority selected is invalid.")));
            case "resolution" -> reference(field, value, "name").ifPresent(r -> catalog.resolution(r).ifPresentOrElse(
                    found -> draft.resolutionId = found.id(),
                    () -> errors.field(field, "Could not find valid 'id' or 'name' in resolution object.")));
            case "duedate" -> dueDate(draft, value);
            case "parent" -> reference(field, value, "key").ifPresent(p -> store.issue(p).ifPresentOrElse(
                    found -> draft.parentKey = found.key,
                    () -> errors.field(field, "Could not find issue by id or key.")));
            case SeedCatalog.STORY_POINTS -> storyPoints(draft, value);
            case SeedCatalog.EPIC_LINK -> epicLink(draft, value);
            case SeedCatalog.EPIC_NAME -> {
                String name = emptyToNull(string(field, value));
                if (name == null) {
                    draft.customFields.remove(field);
                } else {
                    draft.customFields.put(field, StringNode.valueOf(name));
                }
            }
            default -> errors.field(field, String.format(JiraErrors.NOT_ON_SCREEN, field));
        }
    }

    private void comment(SimIssue draft, String op, JsonNode value) {
        if (!op.equals("add")) {
            unsupported("comment", op, "add,edit,remove");
            return;
        }
        SimComment comment = new CommentRules(store).create(value, actor, now, errors);
        if (comment != null) {
            draft.comments.add(comment);
        }
    }

    private void unsupported(String field, String op, String supported) {
        errors.field(field, "Field '" + field + "' does not support operation '" + op
                + "' Supported operation(s) are: '" + supported + "'");
    }

    private String string(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.field(field, "Operation value must be a string");
            return null;
        }
        return value.stringValue();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /**
     * The id or name/key in a reference object such as {@code {"name":"High"}}; empty (with an error) when the value
     * is not a usable object.
     */
    private Optional<String> reference(String field, JsonNode value, String alternative) {
        if (value == null || !value.isObject()) {
            errors.field(field, "data was not an object");
            return Optional.empty();
        }
        String id = Json.text(value, "id");
        String other = Json.text(value, alternative);
        if (id == null && other == null) {
            errors.field(field, "Could not find valid 'id' or '" + alternative + "' in " + field + " object.");
            return Optional.empty();
        }
        return Optional.of(id != null ? id : other);
    }

    /** A login name; the empty string means unassigned ({@code null} or {@code {"name":"-1"}}). */
    private Optional<String> user(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.of("");
        }
        if (!value.isObject()) {
            errors.field(field, "data was not an object");
            return Optional.empty();
        }
        String name = Json.text(value, "name");
        String key = Json.text(value, "key");
        if (name == null && key == null || "-1".equals(name) || name != null && name.isEmpty()) {
            return Optional.of("");
        }
        Optional<SimUser> user = name != null ? catalog.user(name) : catalog.userByKey(key);
        String shown = name != null ? name : key;
        if (user.isEmpty()) {
            errors.field(field, field.equals("reporter") ? "The reporter specified is not a user."
                    : "User '" + shown + "' does not exist.");
            return Optional.empty();
        }
        if (!user.get().active() && field.equals("assignee")) {
            errors.field(field, "User '" + shown + "' cannot be assigned issues.");
            return Optional.empty();
        }
        return Optional.of(user.get().name());
    }

    private void dueDate(SimIssue draft, JsonNode value) {
        String text = string("duedate", value);
        if (text == null || text.isEmpty()) {
            draft.dueDate = null;
            return;
        }
        try {
            draft.dueDate = LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            errors.field("duedate", "Error parsing date string: " + text);
        }
    }

    private void storyPoints(SimIssue draft, JsonNode value) {
        if (value == null || value.isNull()) {
            draft.customFields.remove(SeedCatalog.STORY_POINTS);
        } else if (value.isNumber()) {
            draft.customFields.put(SeedCatalog.STORY_POINTS, DoubleNode.valueOf(value.asDouble()));
        } else {
            errors.field(SeedCatalog.STORY_POINTS, "Operation value must be a number");
        }
    }

    private void epicLink(SimIssue draft, JsonNode value) {
        String key = string(SeedCatalog.EPIC_LINK, value);
        if (key == null || key.isEmpty()) {
            draft.customFields.remove(SeedCatalog.EPIC_LINK);
            return;
        }
        Optional<SimIssue> epic = store.issue(key);
        if (epic.isEmpty()) {
            errors.field(SeedCatalog.EPIC_LINK, "Issue '" + key + "' does not exist.");
        } else if (!epic.get().issueTypeId.equals(SeedCatalog.EPIC)) {
            errors.field(SeedCatalog.EPIC_LINK, "Issue '" + key + "' is not an epic.");
        } else {
            draft.customFields.put(SeedCatalog.EPIC_LINK, StringNode.valueOf(epic.get().key));
        }
    }
}
