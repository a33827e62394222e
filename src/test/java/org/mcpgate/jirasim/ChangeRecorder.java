package org.mcpgate.jirasim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Compares an issue before and after a change and writes the changelog entry Jira would. */
final class ChangeRecorder {
    private final JiraStore store;
    private final JiraCatalog catalog;

    ChangeRecorder(JiraStore store) {
        this.store = store;
        this.catalog = store.catalog();
    }

    /** Appends a history entry to {@code after} when anything it tracks changed. */
    void record(SimIssue before, SimIssue after, String author, Instant when) {
        List<SimChangeItem> items = new ArrayList<>();
        diff(items, "summary", "jira", null, before.summary, null, after.summary);
        diff(items, "description", "jira", null, before.description, null, after.description);
        diff(items, "environment", "jira", null, before.environment, null, after.environment);
        diff(items, "assignee", "jira", before.assignee, displayName(before.assignee), after.assignee,
                displayName(after.assignee));
        diff(items, "reporter", "jira", before.reporter, displayName(before.reporter), after.reporter,
                displayName(after.reporter));
        diff(items, "priority", "jira", before.priorityId, priorityName(before.priorityId), after.priorityId,
                priorityName(after.priorityId));
        diff(items, "status", "jira", before.statusId, catalog.statusById(before.statusId).name(), after.statusId,
                catalog.statusById(after.statusId).name());
        diff(items, "resolution", "jira", before.resolutionId, resolutionName(before.resolutionId),
                after.resolutionId, resolutionName(after.resolutionId));
        diff(items, "labels", "jira", null, String.join(" ", before.labels), null, String.join(" ", after.labels));
        diff(items, "Component", "jira", String.join(", ", before.componentIds), components(before),
                String.join(", ", after.componentIds), components(after));
        diff(items, "duedate", "jira", before.dueDate, before.dueDate, after.dueDate, after.dueDate);
        for (SimField field : catalog.fields()) {
            if (field.custom()) {
                String from = Json.text(before.customFields.get(field.id()));
                String to = Json.text(after.customFields.get(field.id()));
                diff(items, field.name(), "custom", null, from, null, to);
            }
        }
        if (!items.isEmpty()) {
            after.history.add(new SimHistory(store.nextHistoryId(), author, when, items));
        }
    }

    private static void diff(List<SimChangeItem> items, String field, String type, String from, String fromString,
            String to, String toString) {
        if (!Objects.equals(fromString, toString) || !Objects.equals(from, to)) {
            items.add(new SimChangeItem(field, type, from, fromString, to, toString));
        }
    }

    private String displayName(String name) {
        return name == null ? null : catalog.user(name).map(SimUser::displayName).orElse(name);
    }

    private String priorityName(String id) {
        return id == null ? null : catalog.priorityById(id).name();
    }

    private String resolutionName(String id) {
        return id == null ? null : catalog.resolution(id).map(SimResolution::name).orElse(null);
    }

    private String components(SimIssue issue) {
        SimProject project = catalog.projectByKey(issue.projectKey);
        return issue.componentIds.stream().map(id -> project.component(id).map(SimComponent::name).orElse(id))
                .collect(Collectors.joining(", "));
    }
}
