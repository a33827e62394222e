package org.mcpgate.jirasim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A tiny HTTP client for the simulator's tests: one call per line, JSON out, redirects not followed. */
final class SimClient {
    static final String ALICE = "Bearer sim-alice-token";
    static final String BOB = "Bearer sim-bob-token";

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SimClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One answer: status, headers and body. */
    record Response(int status, HttpResponse<String> raw) {
        String body() {
            return raw.body();
        }

        JsonNode json() {
            return Json.parse(raw.body());
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }
    }

    Response get(String path, String authorization) {
        return send("GET", path, authorization, null);
    }

    Response post(String path, String authorization, String json) {
        return send("POST", path, authorization, json);
    }

    Response put(String path, String authorization, String json) {
        return send("PUT", path, authorization, json);
    }

    Response delete(String path, String authorization) {
        return send("DELETE", path, authorization, null);
    }

    /** A form-encoded POST (the OAuth token endpoint, the login and consent pages). */
    Response form(String path, String authorization, String form) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return send("POST", path, headers, form);
    }

    /** Any request with the headers given; redirects are never followed. */
    Response send(String method, String path, Map<String, String> headers, String body) {
        try {
            return exchange(method, path, headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    /** Throws the IOException a dropped connection causes, for the fault-injection tests. */
    Response sendOrThrow(String method, String path, String authorization, String json) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return exchange(method, path, headers, json);
    }

    private Response exchange(String method, String path, Map<String, String> headers, String body)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path
                        : baseUrl + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    Response send(String method, String path, String authorization, String json) {
        try {
            return sendOrThrow(method, path, authorization, json);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }
}
