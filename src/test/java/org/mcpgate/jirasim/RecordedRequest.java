package org.mcpgate.jirasim;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request the simulator received outside {@code /_sim}, as {@code GET /_sim/requests} lists it.
 *
 * @param path the raw path, without the query ({@code /ex/jira/{cloudId}/...} for the Cloud gateway)
 * @param query the raw query string, or null
 * @param user the authenticated user's name, {@code anonymous}, or null when authentication failed
 * @param status the answer's status, or 0 when the fault injector dropped the connection
 * @param scheme {@code http} or {@code https}: the listener the request came in on (null in hand-made entries)
 * @param clientCertificate the subject of the client certificate presented in the TLS handshake (RFC 2253 form,
 *        e.g. {@code CN=mcpgate-client,O=jirasim test PKI}), or null when none was
 */
public record RecordedRequest(String method, String path, String query, String user, int status, String body,
        String time, String scheme, String clientCertificate) {

    /** An entry without the transport details. */
    public RecordedRequest(String method, String path, String query, String user, int status, String body,
            String time) {
        this(method, path, query, user, status, body, time, null, null);
    }

    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("method", method);
        json.put("path", path);
        json.put("query", query);
        json.put("user", user);
        json.put("status", status);
        json.put("body", body);
        json.put("time", time);
        json.put("scheme", scheme);
        json.put("clientCertificate", clientCertificate);
        return json;
    }

    /** Reads one entry of {@code GET /_sim/requests}. */
    public static RecordedRequest fromJson(JsonNode json) {
        return new RecordedRequest(Json.text(json, "method"), Json.text(json, "path"), Json.text(json, "query"),
                Json.text(json, "user"), json.path("status").asInt(0), Json.text(json, "body"),
                Json.text(json, "time"), Json.text(json, "scheme"), Json.text(json, "clientCertificate"));
    }
}
