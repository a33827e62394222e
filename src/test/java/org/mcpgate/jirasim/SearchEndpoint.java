package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET} and {@code POST /rest/api/2/search}: JQL, offset paging with an exact total, maxResults silently
 * capped at 1000, fields and expand.
 */
final class SearchEndpoint {
    static final int MAX_RESULTS_CAP = 1000;

    private final JiraStore store;
    private final Links links;

    SearchEndpoint(JiraStore store, Links links) {
        this.store = store;
        this.links = links;
    }

    void register(Router router) {
        router.addAnonymousReadable("GET", "/rest/api/2/search", this::get);
        router.addAnonymousReadable("POST", "/rest/api/2/search", this::post);
    }

    /** The parameters both forms share. */
    record SearchRequest(String jql, int startAt, int maxResults, String fields, Set<String> expand,
            boolean validate, SimUser user) {
    }

    ApiResponse get(ApiRequest request) {
        QueryParams q = request.query();
        return ApiResponse.ok(search(new SearchRequest(q.get("jql"), q.integer("startAt", 0),
                q.integer("maxResults", 50), q.joined("fields"), split(q.joined("expand")),
                !"false".equalsIgnoreCase(q.get("validateQuery")), request.user())));
    }

    /** The body's fields and expand are arrays in the SearchRequestBean; a comma string is accepted too. */
    ApiResponse post(ApiRequest request) {
        JsonNode body = request.json();
        int startAt = body.path("startAt").isNumber() ? body.get("startAt").asInt() : 0;
        int maxResults = body.path("maxResults").isNumber() ? body.get("maxResults").asInt() : 50;
        JsonNode validate = body.path("validateQuery");
        return ApiResponse.ok(search(new SearchRequest(Json.text(body, "jql"), startAt, maxResults,
                list(body.get("fields")), split(list(body.get("expand"))),
                !(validate.isBoolean() && !validate.asBoolean()) && !"false".equals(Json.text(validate)),
                request.user())));
    }

    ObjectNode search(SearchRequest search) {
        List<SimIssue> found;
        List<String> warnings = new ArrayList<>();
        try {
            found = new JqlEvaluator(store, search.user(), JiraTime.now()).search(search.jql(), search.validate(),
                    warnings);
        } catch (JqlException e) {
            throw e.toJira();
        }
        int startAt = Math.max(0, search.startAt());
        int maxResults = search.maxResults() < 0 ? 50 : Math.min(search.maxResults(), MAX_RESULTS_CAP);
        FieldSelection selection = FieldSelection.parse(search.fields(), true, store.catalog().fields());
        IssueJson json = new IssueJson(store, links);
        ObjectNode page = Json.object();
        page.put("expand", "schema,names");
        page.put("startAt", startAt);
        page.put("maxResults", maxResults);
        page.put("total", found.size());
        ArrayNode issues = page.putArray("issues");
        found.stream().skip(startAt).limit(maxResults)
                .forEach(issue -> issues.add(json.issue(issue, selection, search.expand())));
        if (search.expand().contains("names")) {
            page.set("names", json.names(selection));
        }
        if (search.expand().contains("schema")) {
            page.set("schema", json.schema(selection));
        }
        if (!warnings.isEmpty()) {
            page.set("warningMessages", Json.strings(warnings));
        }
        return page;
    }

    private static String list(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(Json.text(item)));
            return String.join(",", items);
        }
        return Json.text(node);
    }

    private static Set<String> split(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }
}
