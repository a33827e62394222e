package org.mcpgate.jirasim;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A complete HTTP answer built by a handler: the dispatcher only adds the Jira headers and sends it. */
record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String JSON = "application/json;charset=UTF-8";

    ApiResponse {
        headers = new LinkedHashMap<>(headers);
    }

    static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, JSON, Json.bytes(body), Map.of());
    }

    static ApiResponse ok(JsonNode body) {
        return json(200, body);
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null, new byte[0], Map.of());
    }

    static ApiResponse html(int status, String html) {
        return new ApiResponse(status, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, contentType, body, copy);
    }
}
