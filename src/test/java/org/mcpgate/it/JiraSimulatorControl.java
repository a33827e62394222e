package org.mcpgate.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Jira DC simulator's control API (outside Jira's own paths): reset, faults, what it received. */
final class JiraSimulatorControl {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JiraSimulatorControl() {
    }

    static void reset() {
        send("POST", "/_sim/reset", "{}");
    }

    static void fault(String json) {
        send("POST", "/_sim/faults", json);
    }

    static void cloud(String json) {
        send("POST", "/_sim/cloud", json);
    }

    static void oauthClient(String json) {
        send("POST", "/_sim/oauth/clients", json);
    }

    static void oauthSettings(String json) {
        send("POST", "/_sim/oauth/settings", json);
    }

    static JsonNode oauthTokens() {
        return JSON.readTree(send("GET", "/_sim/oauth/tokens", null));
    }

    static JsonNode oauthStats() {
        return JSON.readTree(send("GET", "/_sim/oauth/stats", null));
    }

    /** Publishes a document the simulator answers to GET at {@code path}, over HTTP and HTTPS. */
    static void publish(String path, String json) {
        send("POST", "/_sim/documents", "{\"path\":\"" + path + "\",\"body\":" + json + "}");
    }

    static void anonymousReads(boolean enabled) {
        send("POST", "/_sim/anonymous", "{\"enabled\":" + enabled + "}");
    }

    static void revokeToken(String token) {
        send("DELETE", "/_sim/tokens/" + token, null);
    }

    static JsonNode issue(String key) {
        return JSON.readTree(send("GET", "/_sim/issues/" + key, null));
    }

    static JsonNode requests() {
        return JSON.readTree(send("GET", "/_sim/requests", null));
    }

    static void clearRequests() {
        send("DELETE", "/_sim/requests", null);
    }

    private static String send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Servers.JIRA + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("the Jira simulator does not answer at " + Servers.JIRA, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
