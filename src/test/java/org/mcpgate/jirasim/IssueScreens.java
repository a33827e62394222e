package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields the create and edit screens offer per issue type; anything else gets Jira's "not on the appropriate
 * screen" error. Epic Name is only on the Epic screen, Epic Link on the others, parent only when creating a sub-task.
 */
final class IssueScreens {
    private IssueScreens() {
    }

    static List<String> fields(SimIssueType type, boolean create) {
        List<String> fields = new ArrayList<>();
        if (create) {
            fields.addAll(List.of("project", "issuetype"));
        }
        if (type.subtask() && create) {
            fields.add("parent");
        }
        fields.addAll(List.of("summary", "description", "environment", "assignee", "reporter", "priority",
                "labels", "components", "fixVersions", "versions", "duedate", "comment", SeedCatalog.STORY_POINTS));
        if (type.id().equals(SeedCatalog.EPIC)) {
            fields.add(SeedCatalog.EPIC_NAME);
        } else if (!type.subtask()) {
            fields.add(SeedCatalog.EPIC_LINK);
        }
        return fields;
    }
}
