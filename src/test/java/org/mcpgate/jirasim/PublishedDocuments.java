package org.mcpgate.jirasim;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents a test publishes at a path of the simulator's host ({@code POST /_sim/documents}), answered to
 * {@code GET} on every listener, HTTP and HTTPS: a Client ID Metadata Document for an OAuth test, say. They are not
 * Jira's, so they stay out of the request log; Jira's own paths and the control API cannot be shadowed.
 */
final class PublishedDocuments {

    private record Document(String contentType, byte[] body) {
    }

    private final Map<String, Document> byPath = new ConcurrentHashMap<>();

    /**
     * {@code {"path":"/clients/it.json","body":{...} or "text","contentType":"application/json"}}; publishing a path
     * again replaces its document.
     */
    ObjectNode publish(JsonNode request) {
        String path = Json.text(request, "path");
        JsonNode body = request.get("body");
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("?")
                || path.startsWith("/_sim") || path.startsWith("/rest/") || body == null) {
            throw new IllegalArgumentException("give {\"path\":\"/clients/it.json\",\"body\":{...}} (a path of its"
                    + " own, outside /_sim and /rest)");
        }
        byte[] bytes = body.isString() ? body.stringValue().getBytes(StandardCharsets.UTF_8) : Json.bytes(body);
        String type = Optional.ofNullable(Json.text(request, "contentType")).orElse(ApiResponse.JSON);
        byPath.put(path, new Document(type, bytes));
        return Json.object().put("path", path).put("contentType", type);
    }

    /** The answer to a GET of a published path, if one is. */
    Optional<ApiResponse> answer(String method, String path) {
        Document document = method.equals("GET") ? byPath.get(path) : null;
        return document == null ? Optional.empty()
                : Optional.of(new ApiResponse(200, document.contentType(), document.body(), Map.of()));
    }

    void clear() {
        byPath.clear();
    }
}
