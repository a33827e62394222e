package org.mcpgate.jirasim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * An issue's internal record. Mutable, and touched only under the store's lock; user fields hold login names.
 */
final class SimIssue {
    long id;
    String key;
    String projectKey;
    String issueTypeId;
    String statusId;
    String priorityId;
    String resolutionId;
    Instant resolutionDate;
    String summary;
    String description;
    String environment;
    String assignee;
    String reporter;
    String creator;
    Instant created;
    Instant updated;
    /** ISO date (yyyy-MM-dd) or null. */
    String dueDate;
    String parentKey;
    /** Jira keeps labels sorted. */
    TreeSet<String> labels = new TreeSet<>();
    List<String> componentIds = new ArrayList<>();
    List<String> fixVersionIds = new ArrayList<>();
    List<String> versionIds = new ArrayList<>();
    Map<String, JsonNode> customFields = new LinkedHashMap<>();
    List<SimComment> comments = new ArrayList<>();
    List<SimHistory> history = new ArrayList<>();

    int number() {
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }

    /** A copy that validation can change freely before the edit is committed. */
    SimIssue copy() {
        SimIssue c = new SimIssue();
        c.id = id;
        c.key = key;
        c.projectKey = projectKey;
        c.issueTypeId = issueTypeId;
        c.statusId = statusId;
        c.priorityId = priorityId;
        c.resolutionId = resolutionId;
        c.resolutionDate = resolutionDate;
        c.summary = summary;
        c.description = description;
        c.environment = environment;
        c.assignee = assignee;
        c.reporter = reporter;
        c.creator = creator;
        c.created = created;
        c.updated = updated;
        c.dueDate = dueDate;
        c.parentKey = parentKey;
        c.labels = new TreeSet<>(labels);
        c.componentIds = new ArrayList<>(componentIds);
        c.fixVersionIds = new ArrayList<>(fixVersionIds);
        c.versionIds = new ArrayList<>(versionIds);
        c.customFields = new LinkedHashMap<>(customFields);
        c.comments = new ArrayList<>(comments);
        c.history = new ArrayList<>(history);
        return c;
    }
}
