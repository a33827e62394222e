package org.mcpgate.jirasim;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Create and edit: parse the request, validate every field against the screen, then commit or answer 400. */
final class IssueWriter {
    private final JiraStore store;
    private final JiraCatalog catalog;

    IssueWriter(JiraStore store) {
        this.store = store;
        this.catalog = store.catalog();
    }

    /** {@code POST /issue}: the authenticated user becomes creator and, unless the request names one, reporter. */
    SimIssue create(JsonNode body, SimUser user) {
        JsonNode fields = body.path("fields");
        ValidationErrors errors = new ValidationErrors();
        Optional<SimProject> project = project(fields.get("project"), errors);
        Optional<SimIssueType> type = project.flatMap(p -> issueType(p, fields.get("issuetype"), errors));
        errors.throwIfAny();
        Instant now = JiraTime.now();
        SimIssue draft = new SimIssue();
        draft.projectKey = project.get().key();
        draft.issueTypeId = type.get().id();
        draft.statusId = SeedCatalog.TODO;
        draft.priorityId = catalog.defaultPriorityId();
        draft.reporter = user.name();
        draft.creator = user.name();
        draft.created = now;
        draft.updated = now;
        apply(draft, body, IssueScreens.fields(type.get(), true), user, now, errors);
        if (draft.summary == null) {
            errors.field("summary", "You must specify a summary of the issue.");
        }
        if (type.get().subtask() && draft.parentKey == null && !errors.has("parent")) {
            errors.field("issuetype", "Issue type is a sub-task but parent issue key or id not specified.");
        }
        if (type.get().id().equals(SeedCatalog.EPIC) && !draft.customFields.containsKey(SeedCatalog.EPIC_NAME)) {
            errors.field(SeedCatalog.EPIC_NAME, "Epic Name is required.");
        }
        errors.throwIfAny();
        return store.add(draft);
    }

    /** {@code PUT /issue/{key}}: validated on a copy, committed with a changelog entry. */
    void edit(SimIssue original, JsonNode body, SimUser user) {
        if (!body.has("fields") && !body.has("update")) {
            throw JiraErrors.badRequest("one of 'fields' or 'update' required");
        }
        ValidationErrors errors = new ValidationErrors();
        Instant now = JiraTime.now();
        SimIssue draft = original.copy();
        apply(draft, body, IssueScreens.fields(catalog.issueTypeById(original.issueTypeId), false), user,
                now, errors);
        errors.throwIfAny();
        draft.updated = now;
        new ChangeRecorder(store).record(original, draft, user.name(), now);
        store.replace(draft);
    }

    /**
     * Applies {@code fields} (each a set) and {@code update} (lists of operations) to the draft; a field outside
     * {@code allowed} gets Jira's "not on the appropriate screen" error.
     */
    void apply(SimIssue draft, JsonNode body, List<String> allowed, SimUser user, Instant now,
            ValidationErrors errors) {
        FieldOperations operations = new FieldOperations(store, user, now, errors);
        for (Map.Entry<String, JsonNode> entry : body.path("fields").properties()) {
            String field = entry.getKey();
            if (field.equals("project") || field.equals("issuetype")) {
                continue;
            }
            if (!allowed.contains(field) || field.equals("comment")) {
                errors.field(field, String.format(JiraErrors.NOT_ON_SCREEN, field));
            } else {
                operations.apply(draft, field, "set", entry.getValue());
            }
        }
        for (Map.Entry<String, JsonNode> entry : body.path("update").properties()) {
            String field = entry.getKey();
            if (!allowed.contains(field)) {
                errors.field(field, String.format(JiraErrors.NOT_ON_SCREEN, field));
                continue;
            }
            if (!entry.getValue().isArray()) {
                errors.field(field, "data was not an array");
                continue;
            }
            for (JsonNode operation : entry.getValue()) {
                for (Map.Entry<String, JsonNode> op : operation.properties()) {
                    operations.apply(draft, field, op.getKey(), op.getValue());
                }
            }
        }
    }

    private Optional<SimProject> project(JsonNode value, ValidationErrors errors) {
        if (value == null || value.isNull()) {
            errors.field("project", "project is required");
            return Optional.empty();
        }
        String ref = value.isObject() ? Optional.ofNullable(Json.text(value, "id")).orElse(Json.text(value, "key"))
                : null;
        if (ref == null) {
            errors.field("project", "Could not find valid 'id' or 'key' in project object.");
            return Optional.empty();
        }
        Optional<SimProject> project = catalog.projects().stream()
                .filter(p -> p.id().equals(ref) || p.key().equalsIgnoreCase(ref)).findFirst();
        if (project.isEmpty()) {
            errors.field("project", "valid project is required");
        }
        return project;
    }

    private Optional<SimIssueType> issueType(SimProject project, JsonNode value, ValidationErrors errors) {
        if (value == null || value.isNull()) {
            errors.field("issuetype", "issue type is required");
            return Optional.empty();
        }
        String ref = value.isObject() ? Optional.ofNullable(Json.text(value, "id")).orElse(Json.text(value, "name"))
                : null;
        if (ref == null) {
            errors.field("issuetype", "Could not find valid 'id' or 'name' in issuetype object.");
            return Optional.empty();
        }
        Optional<SimIssueType> type = catalog.issueType(ref).filter(t -> project.issueTypeIds().contains(t.id()));
        if (type.isEmpty()) {
            errors.field("issuetype", "valid issue type is required");
        }
        return type;
    }
}
