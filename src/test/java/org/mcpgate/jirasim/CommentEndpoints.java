package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The comments of an issue: list (paginated), add, and one by id. */
final class CommentEndpoints {
    private final JiraStore store;
    private final Links links;

    CommentEndpoints(JiraStore store, Links links) {
        this.store = store;
        this.links = links;
    }

    void register(Router router) {
        router.add("GET", "/rest/api/2/issue/{issueIdOrKey}/comment", this::list);
        router.add("POST", "/rest/api/2/issue/{issueIdOrKey}/comment", this::add);
        router.add("GET", "/rest/api/2/issue/{issueIdOrKey}/comment/{id}", this::one);
    }

    private CommentJson json() {
        JiraCatalog catalog = store.catalog();
        return new CommentJson(links, catalog, new WikiRenderer(links,
                name -> catalog.user(name).map(SimUser::displayName).orElse(null)));
    }

    /** {@code {"startAt","maxResults","total","comments"}}; orderBy {@code created} or {@code -created}. */
    ApiResponse list(ApiRequest request) {
        SimIssue issue = store.requireIssue(request.pathParam("issueIdOrKey"));
        List<SimComment> comments = new ArrayList<>(issue.comments);
        if ("-created".equals(request.param("orderBy"))) {
            comments.sort(Comparator.comparing((SimComment c) -> c.created).reversed());
        }
        int startAt = request.query().integer("startAt", 0);
        int maxResults = request.query().integer("maxResults", 5000);
        boolean rendered = IssueEndpoints.expand(request).contains("renderedBody");
        ObjectNode page = json().page(issue, comments, startAt, maxResults, false, rendered);
        ObjectNode ordered = Json.object();
        ordered.put("startAt", page.get("startAt").asInt());
        ordered.put("maxResults", Math.max(0, maxResults));
        ordered.put("total", page.get("total").asInt());
        ordered.set("comments", page.get("comments"));
        return ApiResponse.ok(ordered);
    }

    /** 201 with the new comment; Jira's 400 for an empty body or a visibility the author is not in. */
    ApiResponse add(ApiRequest request) {
        SimIssue issue = store.requireIssue(request.pathParam("issueIdOrKey"));
        JsonNode body = request.json();
        ValidationErrors errors = new ValidationErrors();
        SimComment comment = new CommentRules(store).create(body, request.user(), JiraTime.now(), errors);
        errors.throwIfAny();
        issue.comments.add(comment);
        issue.updated = comment.created;
        return ApiResponse.json(201, json().comment(issue, comment, false,
                IssueEndpoints.expand(request).contains("renderedBody")));
    }

    ApiResponse one(ApiRequest request) {
        SimIssue issue = store.requireIssue(request.pathParam("issueIdOrKey"));
        String id = request.pathParam("id");
        SimComment comment = issue.comments.stream().filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> JiraErrors.notFound("Can not find a comment for the id: " + id + "."));
        return ApiResponse.ok(json().comment(issue, comment, false,
                IssueEndpoints.expand(request).contains("renderedBody")));
    }
}
