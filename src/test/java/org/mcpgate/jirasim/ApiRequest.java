package org.mcpgate.jirasim;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One parsed Jira REST request as a handler sees it.
 *
 * @param user the authenticated user, or null when the request runs as anonymous
 */
record ApiRequest(String method, String path, Map<String, String> pathParams, QueryParams query, byte[] body,
        SimUser user) {

    String pathParam(String name) {
        return pathParams.get(name);
    }

    String param(String name) {
        return query.get(name);
    }

    JsonNode json() {
        return Json.parse(body);
    }
}
