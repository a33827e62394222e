package org.mcpgate.jirasim;

import java.util.List;

/** The fields of the seed instance, as {@code GET /rest/api/2/field} lists them. */
final class SeedFields {
    private SeedFields() {
    }

    static List<SimField> all() {
        return List.of(
                SimField.system("issuekey", "Key", true, null, null, "id", "issue", "issuekey", "key"),
                SimField.system("summary", "Summary", true, "string", null, "summary"),
                SimField.system("issuetype", "Issue Type", true, "issuetype", null, "issuetype", "type"),
                SimField.system("project", "Project", true, "project", null, "project"),
                SimField.system("status", "Status", true, "status", null, "status"),
                SimField.system("priority", "Priority", true, "priority", null, "priority"),
                SimField.system("resolution", "Resolution", true, "resolution", null, "resolution"),
                SimField.system("resolutiondate", "Resolved", true, "datetime", null, "resolutiondate", "resolved"),
                SimField.system("assignee", "Assignee", true, "user", null, "assignee"),
                SimField.system("reporter", "Reporter", true, "user", null, "reporter"),
                SimField.system("creator", "Creator", true, "user", null, "creator"),
                SimField.system("created", "Created", true, "datetime", null, "created", "createdDate"),
                SimField.system("updated", "Updated", true, "datetime", null, "updated", "updatedDate"),
                SimField.system("duedate", "Due Date", true, "date", null, "due", "duedate"),
                SimField.system("labels", "Labels", true, "array", "string", "labels"),
                SimField.system("components", "Component/s", true, "array", "component", "component"),
                SimField.system("fixVersions", "Fix Version/s", true, "array", "version", "fixVersion"),
                SimField.system("versions", "Affects Version/s", true, "array", "version", "affectedVersion"),
                SimField.system("description", "Description", true, "string", null, "description"),
                SimField.system("environment", "Environment", true, "string", null, "environment"),
                SimField.system("comment", "Comment", false, "comments-page", null, "comment"),
                SimField.system("parent", "Parent", true, null, null, "parent"),
                SimField.system("subtasks", "Sub-Tasks", true, "array", "issuelinks", "subtasks"),
                SimField.system("issuelinks", "Linked Issues", true, "array", "issuelinks", "issueLink"),
                SimField.system("attachment", "Attachment", false, "array", "attachment", "attachments"),
                SimField.system("worklog", "Log Work", false, "array", "worklog"),
                SimField.system("timetracking", "Time Tracking", false, "timetracking", null),
                SimField.system("watches", "Watchers", true, "watches", null, "watchers"),
                SimField.system("votes", "Votes", true, "votes", null, "votes"),
                SimField.system("lastViewed", "Last Viewed", true, "datetime", null, "lastViewed"),
                SimField.system("progress", "Progress", true, "progress", null, "progress"),
                SimField.system("aggregateprogress", "Σ Progress", true, "progress", null),
                SimField.system("workratio", "Work Ratio", true, "number", null, "workratio"),
                SimField.system("timespent", "Time Spent", true, "number", null, "timespent"),
                SimField.system("timeestimate", "Remaining Estimate", true, "number", null, "remainingEstimate"),
                SimField.system("timeoriginalestimate", "Original Estimate", true, "number", null, "originalEstimate"),
                SimField.system("aggregatetimespent", "Σ Time Spent", true, "number", null),
                SimField.system("aggregatetimeestimate", "Σ Remaining Estimate", true, "number", null),
                SimField.system("aggregatetimeoriginalestimate", "Σ Original Estimate", true, "number", null),
                SimField.custom(SeedCatalog.STORY_POINTS, "Story Points", "number",
                        "com.atlassian.jira.plugin.system.customfieldtypes:float"),
                SimField.custom(SeedCatalog.EPIC_LINK, "Epic Link", "any", "com.pyxis.greenhopper.jira:gh-epic-link"),
                SimField.custom(SeedCatalog.EPIC_NAME, "Epic Name", "string",
                        "com.pyxis.greenhopper.jira:gh-epic-label"));
    }
}
