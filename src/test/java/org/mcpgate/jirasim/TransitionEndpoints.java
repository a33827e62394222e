package org.mcpgate.jirasim;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The workflow: the transitions available from an issue's status, and performing one. */
final class TransitionEndpoints {
    private final JiraStore store;
    private final Links links;

    TransitionEndpoints(JiraStore store, Links links) {
        this.store = store;
        this.links = links;
    }

    void register(Router router) {
        router.add("GET", "/rest/api/2/issue/{issueIdOrKey}/transitions", this::list);
        router.add("POST", "/rest/api/2/issue/{issueIdOrKey}/transitions", this::perform);
    }

    /** {@code {"expand":"transitions","transitions":[...]}}; {@code expand=transitions.fields} adds screen fields. */
    ApiResponse list(ApiRequest request) {
        SimIssue issue = store.requireIssue(request.pathParam("issueIdOrKey"));
        JiraCatalog catalog = store.catalog();
        String only = request.param("transitionId");
        List<SimTransition> available = catalog.transitionsFrom(issue.statusId).stream()
                .filter(t -> only == null || t.id().equals(only)).toList();
        boolean withFields = IssueEndpoints.expand(request).contains("transitions.fields");
        ObjectNode json = Json.object();
        json.put("expand", "transitions");
        json.set("transitions", new TransitionJson(catalog, new CatalogJson(links, catalog)).list(available,
                withFields));
        return ApiResponse.ok(json);
    }

    /**
     * {@code {"transition":{"id":"31"},"fields":{...},"update":{"comment":[...]}}} → 204. Only a transition with a
     * screen takes fields (resolution); a comment is always allowed. Reaching a done status sets a resolution
     * (Done unless given), leaving it clears the resolution.
     */
    ApiResponse perform(ApiRequest request) {
        SimIssue issue = store.requireIssue(request.pathParam("issueIdOrKey"));
        JiraCatalog catalog = store.catalog();
        JsonNode body = request.json();
        String id = Json.text(body.path("transition"), "id");
        if (id == null) {
            throw JiraErrors.badRequest("Missing 'transition' identifier");
        }
        SimTransition transition = catalog.transition(id)
                .orElseThrow(() -> JiraErrors.badRequest("Transition id '" + id + "' is not valid for this issue."));
        if (!transition.availableFrom(issue.statusId)) {
            throw JiraErrors.badRequest("It seems that you have tried to perform a workflow operation ("
                    + transition.name() + ") that is not valid for the current state of this issue (" + issue.key
                    + "). The likely cause is that somebody has changed the issue recently, please look at the issue"
                    + " history for details.");
        }
        Instant now = JiraTime.now();
        SimIssue draft = issue.copy();
        draft.resolutionId = null;
        ValidationErrors errors = new ValidationErrors();
        List<String> screen = transition.hasScreen() ? List.of("resolution", "comment") : List.of("comment");
        new IssueWriter(store).apply(draft, body, screen, request.user(), now, errors);
        errors.throwIfAny();
        draft.statusId = transition.toStatusId();
        if (catalog.statusById(draft.statusId).category().key().equals("done")) {
            if (draft.resolutionId == null) {
                draft.resolutionId = "10000";
            }
            draft.resolutionDate = now;
        } else {
            draft.resolutionId = null;
            draft.resolutionDate = null;
        }
        draft.updated = now;
        new ChangeRecorder(store).record(issue, draft, request.user().name(), now);
        store.replace(draft);
        return ApiResponse.noContent();
    }
}
