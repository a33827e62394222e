package org.mcpgate.jirasim;

import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One injected fault, as posted to {@code /_sim/faults}:
 * {@code {"path":"/rest/api/2/search","method":"GET","latencyMs":2000,"status":503,"retryAfter":5,"reset":false,
 * "times":1,"body":"...","contentType":"..."}}. Every member is optional; {@code path} may end with {@code *} to match
 * a prefix; without {@code times} the fault stays until reset. Latency applies first, then either the connection is
 * dropped ({@code reset}) or the status is answered; latency alone delays the real answer.
 */
final class Fault {
    final String id;
    final String path;
    final String method;
    final long latencyMs;
    final int status;
    final Integer retryAfter;
    final boolean reset;
    final String body;
    final String contentType;
    /** Applications left; null for a fault that stays until reset. */
    private Integer remaining;

    private Fault(String id, JsonNode json) {
        this.id = id;
        this.path = Json.text(json, "path");
        String m = Json.text(json, "method");
        this.method = m == null ? null : m.toUpperCase(Locale.ROOT);
        this.latencyMs = json.path("latencyMs").asLong(0);
        this.status = json.path("status").asInt(0);
        this.retryAfter = json.hasNonNull("retryAfter") ? json.get("retryAfter").asInt() : null;
        this.reset = json.path("reset").asBoolean(false);
        this.body = Json.text(json, "body");
        this.contentType = Json.text(json, "contentType");
        int times = json.path("times").asInt(0);
        this.remaining = times > 0 ? times : null;
    }

    static Fault parse(String id, JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("a fault is a JSON object");
        }
        Fault fault = new Fault(id, json);
        if (fault.status != 0 && (fault.status < 100 || fault.status > 599)) {
            throw new IllegalArgumentException("status must be an HTTP status code");
        }
        return fault;
    }

    boolean matches(String requestMethod, String requestPath) {
        if (method != null && !method.equals(requestMethod)) {
            return false;
        }
        if (path == null || path.equals("*")) {
            return true;
        }
        return path.endsWith("*") ? requestPath.startsWith(path.substring(0, path.length() - 1))
                : requestPath.equals(path);
    }

    /** Uses up one application; false when a limited fault is already spent. Called under the injector's lock. */
    boolean consume() {
        if (remaining == null) {
            return true;
        }
        if (remaining <= 0) {
            return false;
        }
        remaining--;
        return true;
    }

    boolean spent() {
        return remaining != null && remaining <= 0;
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("path", path);
        json.put("method", method);
        json.put("latencyMs", latencyMs);
        json.put("status", status);
        json.put("retryAfter", retryAfter);
        json.put("reset", reset);
        json.put("remaining", remaining);
        json.put("body", body);
        json.put("contentType", contentType);
        return json;
    }
}
