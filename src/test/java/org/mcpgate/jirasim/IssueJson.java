package org.mcpgate.jirasim;

import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;

/** Issues as {@code GET /issue} and search return them: id, key, self, the selected fields and the expansions. */
final class IssueJson {
    static final String EXPANDABLE = "renderedFields,names,schema,operations,editmeta,changelog,"
            + "versionedRepresentations";

    private final JiraStore store;
    private final JiraCatalog catalog;
    private final Links links;
    private final CatalogJson meta;
    private final UserJson users;
    private final CommentJson comments;
    private final WikiRenderer renderer;
    private final TransitionJson transitions;

    IssueJson(JiraStore store, Links links) {
        this.store = store;
        this.catalog = store.catalog();
        this.links = links;
        this.meta = new CatalogJson(links, catalog);
        this.users = new UserJson(links);
        this.renderer = new WikiRenderer(links, name -> catalog.user(name).map(SimUser::displayName).orElse(null));
        this.comments = new CommentJson(links, catalog, renderer);
        this.transitions = new TransitionJson(catalog, meta);
    }

    WikiRenderer renderer() {
        return renderer;
    }

    ObjectNode issue(SimIssue issue, FieldSelection selection, Set<String> expand) {
        ObjectNode json = Json.object();
        json.put("expand", EXPANDABLE);
        json.put("id", String.valueOf(issue.id));
        json.put("self", links.issue(issue.id));
        json.put("key", issue.key);
        ObjectNode fields = json.putObject("fields");
        for (String id : selection.ids()) {
            if (id.equals("parent") && issue.parentKey == null) {
                continue;
            }
            fields.set(id, value(issue, id));
        }
        if (expand.contains("renderedFields")) {
            ObjectNode rendered = json.putObject("renderedFields");
            selection.ids().forEach(id -> rendered.set(id, rendered(issue, id)));
        }
        if (expand.contains("names")) {
            json.set("names", names(selection));
        }
        if (expand.contains("schema")) {
            json.set("schema", schema(selection));
        }
        if (expand.contains("transitions")) {
            json.set("transitions", transitions.list(catalog.transitionsFrom(issue.statusId), false));
        }
        if (expand.contains("changelog")) {
            json.set("changelog", changelog(issue));
        }
        return json;
    }

    ObjectNode names(FieldSelection selection) {
        ObjectNode names = Json.object();
        selection.ids().forEach(id -> catalog.field(id).ifPresent(f -> names.put(id, f.name())));
        return names;
    }

    ObjectNode schema(FieldSelection selection) {
        ObjectNode schema = Json.object();
        selection.ids().forEach(id -> catalog.field(id).filter(f -> f.schemaType() != null)
                .ifPresent(f -> schema.set(id, meta.schema(f))));
        return schema;
    }

    /** The value of one field, in the shape Jira DC gives it. */
    JsonNode value(SimIssue issue, String id) {
        SimProject project = catalog.projectByKey(issue.projectKey);
        return switch (id) {
            case "summary" -> Json.string(issue.summary);
            case "description" -> text(issue.description);
            case "environment" -> text(issue.environment);
            case "issuetype" -> meta.issueType(catalog.issueTypeById(issue.issueTypeId));
            case "project" -> meta.projectBrief(project).without("expand").without("archived");
            case "status" -> meta.status(catalog.statusById(issue.statusId));
            case "priority" -> issue.priorityId == null ? Json.nullNode()
                    : meta.priority(catalog.priorityById(issue.priorityId));
            case "resolution" -> catalog.resolution(issue.resolutionId == null ? "" : issue.resolutionId)
                    .<JsonNode>map(meta::resolution).orElse(Json.nullNode());
            case "resolutiondate" -> text(JiraTime.format(issue.resolutionDate));
            case "assignee" -> user(issue.assignee);
            case "reporter" -> user(issue.reporter);
            case "creator" -> user(issue.creator);
            case "created" -> text(JiraTime.format(issue.created));
            case "updated" -> text(JiraTime.format(issue.updated));
            case "lastViewed" -> Json.nullNode();
            case "duedate" -> text(issue.dueDate);
            case "labels" -> Json.strings(issue.labels);
            case "components" -> components(issue, project);
            case "fixVersions" -> versions(issue.fixVersionIds, project);
            case "versions" -> versions(issue.versionIds, project);
            case "comment" -> comments.page(issue, issue.comments, 0, Integer.MAX_VALUE, false, false);
            case "parent" -> related(store.requireIssue(issue.parentKey));
            case "subtasks" -> {
                ArrayNode subtasks = Json.array();
                store.subtasksOf(issue.key).forEach(s -> subtasks.add(related(s)));
                yield subtasks;
            }
            case "issuelinks", "attachment" -> Json.array();
            case "worklog" -> Json.object().put("startAt", 0).put("maxResults", 20).put("total", 0)
                    .set("worklogs", Json.array());
            case "timetracking" -> Json.object();
            case "watches" -> Json.object().put("self", links.api("issue/" + issue.key + "/watchers"))
                    .put("watchCount", 1).put("isWatching", false);
            case "votes" -> Json.object().put("self", links.api("issue/" + issue.key + "/votes")).put("votes", 0)
                    .put("hasVoted", false);
            case "progress", "aggregateprogress" -> Json.object().put("progress", 0).put("total", 0);
            case "workratio" -> IntNode.valueOf(-1);
            default -> issue.customFields.getOrDefault(id, Json.nullNode());
        };
    }

    private static JsonNode text(String value) {
        return Json.string(value);
    }

    private JsonNode user(String name) {
        return name == null ? Json.nullNode()
                : catalog.user(name).<JsonNode>map(users::brief).orElse(Json.nullNode());
    }

    private ArrayNode components(SimIssue issue, SimProject project) {
        ArrayNode array = Json.array();
        issue.componentIds.forEach(id -> project.component(id).ifPresent(c -> array.add(meta.component(c))));
        return array;
    }

    private ArrayNode versions(Iterable<String> ids, SimProject project) {
        ArrayNode array = Json.array();
        ids.forEach(id -> project.version(id).ifPresent(v -> array.add(meta.version(v, project))));
        return array;
    }

    /** The summary view of a parent or sub-task inside another issue. */
    private ObjectNode related(SimIssue other) {
        ObjectNode json = Json.object();
        json.put("id", String.valueOf(other.id));
        json.put("key", other.key);
        json.put("self", links.issue(other.id));
        ObjectNode fields = json.putObject("fields");
        fields.put("summary", other.summary);
        fields.set("status", meta.status(catalog.statusById(other.statusId)));
        fields.set("priority", meta.priority(catalog.priorityById(other.priorityId)));
        fields.set("issuetype", meta.issueType(catalog.issueTypeById(other.issueTypeId)));
        return json;
    }

    /** renderedFields: HTML for wiki text, human dates, null for everything else. */
    private JsonNode rendered(SimIssue issue, String id) {
        return switch (id) {
            case "description" -> text(renderer.render(issue.description));
            case "environment" -> text(renderer.render(issue.environment));
            case "comment" -> comments.page(issue, issue.comments, 0, Integer.MAX_VALUE, true, false);
            case "created" -> text(JiraTime.rendered(issue.created));
            case "updated" -> text(JiraTime.rendered(issue.updated));
            case "resolutiondate" -> text(JiraTime.rendered(issue.resolutionDate));
            case "duedate" -> text(JiraTime.renderedDate(issue.dueDate));
            default -> Json.nullNode();
        };
    }

    ObjectNode changelog(SimIssue issue) {
        ObjectNode json = Json.object();
        json.put("startAt", 0);
        json.put("maxResults", issue.history.size());
        json.put("total", issue.history.size());
        ArrayNode histories = json.putArray("histories");
        for (SimHistory history : issue.history) {
            ObjectNode entry = histories.addObject();
            entry.put("id", history.id());
            catalog.user(history.author()).ifPresent(u -> entry.set("author", users.brief(u)));
            entry.put("created", JiraTime.format(history.created()));
            ArrayNode items = entry.putArray("items");
            for (SimChangeItem item : history.items()) {
                items.addObject().put("field", item.field()).put("fieldtype", item.fieldtype())
                        .put("from", item.fromId()).put("fromString", item.fromText())
                        .put("to", item.toId()).put("toString", item.toText());
            }
        }
        return json;
    }
}
