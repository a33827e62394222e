package org.mcpgate.jirasim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's own API under {@code /_sim} (not Jira's; JSON in and out, no authentication):
 * <ul>
 * <li>{@code POST /_sim/reset}: seed data back, faults, request log, tokens and switches cleared</li>
 * <li>{@code GET|POST|DELETE /_sim/faults}: list, add (one object or an array, see {@link Fault}), clear</li>
 * <li>{@code GET|DELETE /_sim/requests}: the log of Jira requests (a JSON array), clear it</li>
 * <li>{@code GET /_sim/issues/{key}}: the internal record of an issue, with its creator</li>
 * <li>{@code GET|POST /_sim/tokens}, {@code DELETE /_sim/tokens/{token}}: accepted PATs;
 * {@code {"token":"...","user":"bob"}} adds one, {@code "user":null} revokes it</li>
 * <li>{@code GET|POST /_sim/anonymous}: {@code {"enabled":true}} lets bad or missing bearer tokens read
 * serverInfo and search as anonymous</li>
 * </ul>
 */
final class ControlApi {
    private final JiraStore store;
    private final FaultInjector faults;
    private final RequestLog log;
    private final TokenRegistry tokens;
    private final SimSettings settings;

    ControlApi(JiraStore store, FaultInjector faults, RequestLog log, TokenRegistry tokens, SimSettings settings) {
        this.store = store;
        this.faults = faults;
        this.log = log;
        this.tokens = tokens;
        this.settings = settings;
    }

    ApiResponse handle(String method, String path, String query, byte[] body) {
        try {
            return route(method, path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1)
                    : path, body);
        } catch (IllegalArgumentException | JacksonException | JiraException e) {
            return error(400, e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage());
        }
    }

    private ApiResponse route(String method, String path, byte[] body) {
        String key = method + " " + path;
        switch (key) {
            case "GET /_sim":
                return ApiResponse.ok(help());
            case "POST /_sim/reset":
                reset();
                return ApiResponse.ok(Json.object().put("reset", true));
            case "GET /_sim/faults":
                return ApiResponse.ok(faultList());
            case "POST /_sim/faults":
                return ApiResponse.json(201, addFaults(Json.parse(body)));
            case "DELETE /_sim/faults":
                faults.clear();
                return ApiResponse.noContent();
            case "GET /_sim/requests":
                ArrayNode requests = Json.array();
                log.all().forEach(r -> requests.add(r.toJson()));
                return ApiResponse.ok(requests);
            case "DELETE /_sim/requests":
                log.clear();
                return ApiResponse.noContent();
            case "GET /_sim/tokens":
                ObjectNode all = Json.object();
                tokens.all().forEach(all::put);
                return ApiResponse.ok(all);
            case "POST /_sim/tokens":
                return ApiResponse.ok(token(Json.parse(body)));
            case "GET /_sim/anonymous":
                return ApiResponse.ok(Json.object().put("enabled", settings.anonymousAccess()));
            case "POST /_sim/anonymous":
                settings.anonymousAccess(Json.parse(body).path("enabled").asBoolean(false));
                return ApiResponse.ok(Json.object().put("enabled", settings.anonymousAccess()));
            default:
                return prefixed(method, path);
        }
    }

    private ApiResponse prefixed(String method, String path) {
        if (path.startsWith("/_sim/issues/") && method.equals("GET")) {
            String ref = path.substring("/_sim/issues/".length());
            synchronized (store.lock()) {
                Optional<SimIssue> issue = store.issue(ref);
                return issue.map(i -> ApiResponse.ok(InternalIssueJson.of(i, store.catalog())))
                        .orElseGet(() -> error(404, "no issue " + ref));
            }
        }
        if (path.startsWith("/_sim/tokens/") && method.equals("DELETE")) {
            tokens.remove(URLDecoder.decode(path.substring("/_sim/tokens/".length()), StandardCharsets.UTF_8));
            return ApiResponse.noContent();
        }
        return error(404, "no control operation " + method + " " + path + "; see GET /_sim");
    }

    private void reset() {
        store.reset();
        faults.clear();
        log.clear();
        tokens.reset();
        settings.reset();
    }

    private JsonNode addFaults(JsonNode body) {
        if (body.isArray()) {
            ArrayNode added = Json.array();
            body.forEach(f -> added.add(faults.add(f).toJson()));
            return added;
        }
        return faults.add(body).toJson();
    }

    private ArrayNode faultList() {
        ArrayNode list = Json.array();
        faults.all().forEach(f -> list.add(f.toJson()));
        return list;
    }

    private ObjectNode token(JsonNode body) {
        String token = Json.text(body, "token");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("give {\"token\":\"...\",\"user\":\"name\"} (user null revokes)");
        }
        String user = Json.text(body, "user");
        if (user == null) {
            tokens.remove(token);
        } else {
            synchronized (store.lock()) {
                if (store.catalog().user(user).isEmpty()) {
                    throw new IllegalArgumentException("no user " + user);
                }
            }
            tokens.put(token, user);
        }
        ObjectNode json = Json.object();
        json.put("token", token);
        json.put("user", user);
        return json;
    }

    private static ApiResponse error(int status, String message) {
        return ApiResponse.json(status, Json.object().put("error", message));
    }

    private static ObjectNode help() {
        ObjectNode json = Json.object();
        Map<String, String> ops = Map.of(
                "POST /_sim/reset", "back to the seed data; clears faults, the request log, tokens and switches",
                "GET|POST|DELETE /_sim/faults", "{\"path\":\"/rest/api/2/search\",\"method\":\"GET\",\"latencyMs\":0,"
                        + "\"status\":429,\"retryAfter\":5,\"reset\":false,\"times\":1,\"body\":null}",
                "GET|DELETE /_sim/requests", "the Jira requests received: method, path, query, user, status, body",
                "GET /_sim/issues/{key}", "the internal record of an issue, with its creator",
                "GET|POST /_sim/tokens, DELETE /_sim/tokens/{token}", "{\"token\":\"...\",\"user\":\"bob\"}",
                "GET|POST /_sim/anonymous", "{\"enabled\":true}: bad bearer tokens read serverInfo/search anonymously");
        ObjectNode operations = json.putObject("operations");
        new TreeMap<>(ops).forEach(operations::put);
        ObjectNode demoTokens = json.putObject("defaultTokens");
        new TreeMap<>(TokenRegistry.DEFAULTS).forEach(demoTokens::put);
        return json;
    }
}
