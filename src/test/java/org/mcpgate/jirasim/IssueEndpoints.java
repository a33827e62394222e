package org.mcpgate.jirasim;

import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET}, {@code PUT} /issue/{issueIdOrKey} and {@code POST} /issue. */
final class IssueEndpoints {
    private final JiraStore store;
    private final Links links;

    IssueEndpoints(JiraStore store, Links links) {
        this.store = store;
        this.links = links;
    }

    void register(Router router) {
        router.add("GET", "/rest/api/2/issue/{issueIdOrKey}", this::get);
        router.add("PUT", "/rest/api/2/issue/{issueIdOrKey}", this::edit);
        router.add("POST", "/rest/api/2/issue", this::create);
    }

    /** Default fields {@code *all}; expand renderedFields, names, schema, transitions, changelog. */
    ApiResponse get(ApiRequest request) {
        SimIssue issue = store.requireIssue(request.pathParam("issueIdOrKey"));
        FieldSelection selection = FieldSelection.parse(request.query().joined("fields"), false,
                store.catalog().fields());
        return ApiResponse.ok(new IssueJson(store, links).issue(issue, selection, expand(request)));
    }

    /** 201 with {@code {"id","key","self"}}; the authenticated user is recorded as creator. */
    ApiResponse create(ApiRequest request) {
        JsonNode body = request.json();
        if (!body.isObject()) {
            throw JiraErrors.badRequest("Can not deserialize instance of com.atlassian.jira.rest.v2.issue."
                    + "IssueUpdateBean out of START_ARRAY token");
        }
        SimIssue issue = new IssueWriter(store).create(body, request.user());
        ObjectNode json = Json.object();
        json.put("id", String.valueOf(issue.id));
        json.put("key", issue.key);
        json.put("self", links.issue(issue.id));
        return ApiResponse.json(201, json);
    }

    ApiResponse edit(ApiRequest request) {
        SimIssue issue = store.requireIssue(request.pathParam("issueIdOrKey"));
        JsonNode body = request.json();
        new IssueWriter(store).edit(issue, body.isObject() ? body : Json.object(), request.user());
        return ApiResponse.noContent();
    }

    static Set<String> expand(ApiRequest request) {
        Set<String> out = new LinkedHashSet<>();
        String expand = request.query().joined("expand");
        if (expand != null) {
            for (String part : expand.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }
}
