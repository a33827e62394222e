package org.mcpgate.jira;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mcpgate.atlassian.Json;
import org.mcpgate.atlassian.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jira Data Center's REST API v2 for one caller, as the tools use it; get one from {@link JiraClients}. Paths are
 * those of Atlassian's OpenAPI file.
 */
public final class JiraClient {

    private static final String API = "rest/api/2/";

    private final RestClient rest;

    JiraClient(RestClient rest) {
        this.rest = rest;
    }

    /** Where a person opens an issue in the browser. */
    public String browseUrl(String key) {
        return rest.baseUrl() + "/browse/" + key;
    }

    public JsonNode myself() {
        return rest.get(API + "myself", Map.of());
    }

    public JsonNode serverInfo() {
        return rest.get(API + "serverInfo", Map.of());
    }

    public JsonNode search(String jql, List<String> fields, int startAt, int maxResults, List<String> expand) {
        ObjectNode body = Json.object().put("jql", jql).put("startAt", startAt).put("maxResults", maxResults);
        fields.forEach(body.putArray("fields")::add);
        if (!expand.isEmpty()) {
            expand.forEach(body.putArray("expand")::add);
        }
        return rest.post(API + "search", body);
    }

    public JsonNode issue(String key, List<String> fields, List<String> expand) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("fields", String.join(",", fields));
        if (!expand.isEmpty()) {
            query.put("expand", String.join(",", expand));
        }
        return rest.get(API + "issue/" + key, query);
    }

    public JsonNode createIssue(ObjectNode fields) {
        ObjectNode body = Json.object();
        body.set("fields", fields);
        return rest.post(API + "issue", body);
    }

    public void updateIssue(String key, ObjectNode body) {
        rest.put(API + "issue/" + key, body);
    }

    public JsonNode addComment(String key, ObjectNode comment) {
        return rest.post(API + "issue/" + key + "/comment", comment);
    }

    public JsonNode transitions(String key) {
        return rest.get(API + "issue/" + key + "/transitions", Map.of());
    }

    public void transition(String key, ObjectNode body) {
        rest.post(API + "issue/" + key + "/transitions", body);
    }
}
