package org.mcpgate.jirasim;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The simulator's own record of an issue for {@code GET /_sim/issues/{key}}: plain names, who created it. */
final class InternalIssueJson {
    private InternalIssueJson() {
    }

    static ObjectNode of(SimIssue issue, JiraCatalog catalog) {
        SimProject project = catalog.projectByKey(issue.projectKey);
        ObjectNode json = Json.object();
        json.put("id", issue.id);
        json.put("key", issue.key);
        json.put("project", issue.projectKey);
        json.put("issuetype", catalog.issueTypeById(issue.issueTypeId).name());
        json.put("status", catalog.statusById(issue.statusId).name());
        json.put("priority", issue.priorityId == null ? null : catalog.priorityById(issue.priorityId).name());
        json.put("resolution", issue.resolutionId == null ? null
                : catalog.resolution(issue.resolutionId).map(SimResolution::name).orElse(null));
        json.put("summary", issue.summary);
        json.put("description", issue.description);
        json.put("environment", issue.environment);
        json.put("assignee", issue.assignee);
        json.put("reporter", issue.reporter);
        json.put("creator", issue.creator);
        json.put("created", JiraTime.format(issue.created));
        json.put("updated", JiraTime.format(issue.updated));
        json.put("resolutiondate", JiraTime.format(issue.resolutionDate));
        json.put("duedate", issue.dueDate);
        json.put("parent", issue.parentKey);
        json.set("labels", Json.strings(issue.labels));
        json.set("components", Json.strings(issue.componentIds.stream()
                .map(id -> project.component(id).map(SimComponent::name).orElse(id)).toList()));
        json.set("fixVersions", Json.strings(issue.fixVersionIds.stream()
                .map(id -> project.version(id).map(SimVersion::name).orElse(id)).toList()));
        json.set("versions", Json.strings(issue.versionIds.stream()
                .map(id -> project.version(id).map(SimVersion::name).orElse(id)).toList()));
        ObjectNode custom = json.putObject("customFields");
        issue.customFields.forEach(custom::set);
        ArrayNode comments = json.putArray("comments");
        for (SimComment comment : issue.comments) {
            ObjectNode c = comments.addObject();
            c.put("id", comment.id);
            c.put("author", comment.author);
            c.put("body", comment.body);
            c.put("created", JiraTime.format(comment.created));
            c.set("visibility", comment.visibility == null ? Json.nullNode() : comment.visibility.deepCopy());
        }
        ArrayNode history = json.putArray("history");
        for (SimHistory entry : issue.history) {
            ObjectNode h = history.addObject();
            h.put("id", entry.id());
            h.put("author", entry.author());
            h.put("created", JiraTime.format(entry.created()));
            ArrayNode items = h.putArray("items");
            entry.items().forEach(i -> items.addObject().put("field", i.field()).put("from", i.fromId())
                    .put("fromString", i.fromText()).put("to", i.toId()).put("toString", i.toText()));
        }
        return json;
    }
}
