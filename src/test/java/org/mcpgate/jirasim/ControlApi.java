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
 * <li>{@code GET|POST /_sim/oauth/clients}, {@code DELETE /_sim/oauth/clients/{clientId}}: the OAuth 2.0 clients
 * (Jira's incoming application links); {@code {"client_id","client_secret","redirect_uri","scope":"WRITE"}} adds
 * one (201; a missing id or secret is generated, scope defaults to WRITE; an existing id is replaced); deleting or
 * replacing one revokes its codes and tokens. None are seeded.</li>
 * <li>{@code GET|POST /_sim/oauth/settings}: {@code {"autoConsent":true,"codeSeconds":10,"accessTokenSeconds":7200,
 * "refreshTokenSeconds":7776000,"refreshNeedsRedirectUri":true}}, any subset (see {@link OAuthSettings})</li>
 * <li>{@code GET /_sim/oauth/stats}: {@code {"codesIssued","tokenExchanges","refreshes","refreshFailures"}}</li>
 * <li>{@code GET /_sim/oauth/tokens}: the live OAuth access and refresh tokens</li>
 * <li>{@code POST|DELETE /_sim/documents}: {@code {"path":"/clients/it.json","body":{...},"contentType":...}}
 * publishes a document answered to GET at that path on every listener, outside the request log
 * ({@link PublishedDocuments}); DELETE forgets them all</li>
 * <li>{@code GET|POST|DELETE /_sim/cloud}: the Atlassian Cloud gateway's trust ({@link CloudTrust}):
 * {@code {"cloudId","jwksUrl","issuer","audience"}} trusts the JWTs of that issuer for that site (replacing any
 * earlier trust); GET shows it ({@code {"configured":false}} when none), DELETE forgets it. None is set at
 * start.</li>
 * </ul>
 * A reset also clears the OAuth clients, codes, tokens, counters and settings, the login sessions, the Cloud
 * trust and the published documents.
 */
final class ControlApi {
    private final JiraStore store;
    private final FaultInjector faults;
    private final RequestLog log;
    private final TokenRegistry tokens;
    private final SimSettings settings;
    private final OAuthProvider oauth;
    private final WebSessions sessions;
    private final CloudGateway cloud;
    private final PublishedDocuments documents;

    ControlApi(JiraStore store, FaultInjector faults, RequestLog log, TokenRegistry tokens, SimSettings settings,
            OAuthProvider oauth, WebSessions sessions, CloudGateway cloud, PublishedDocuments documents) {
        this.store = store;
        this.faults = faults;
        this.log = log;
        this.tokens = tokens;
        this.settings = settings;
        this.oauth = oauth;
        this.sessions = sessions;
        this.cloud = cloud;
        this.documents = documents;
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
            case "GET /_sim/oauth/clients":
                ArrayNode clients = Json.array();
                oauth.clients().forEach(c -> clients.add(c.toJson()));
                return ApiResponse.ok(clients);
            case "POST /_sim/oauth/clients":
                return ApiResponse.json(201, oauth.register(Json.parse(body)).toJson());
            case "GET /_sim/oauth/settings":
                return ApiResponse.ok(oauth.settings().toJson());
            case "POST /_sim/oauth/settings":
                return ApiResponse.ok(oauth.settings().update(Json.parse(body)));
            case "GET /_sim/oauth/stats":
                return ApiResponse.ok(oauth.stats());
            case "GET /_sim/oauth/tokens":
                return ApiResponse.ok(oauth.tokens());
            case "POST /_sim/documents":
                return ApiResponse.json(201, documents.publish(Json.parse(body)));
            case "DELETE /_sim/documents":
                documents.clear();
                return ApiResponse.noContent();
            case "GET /_sim/cloud":
                return ApiResponse.ok(cloud.toJson());
            case "POST /_sim/cloud":
                cloud.configure(CloudTrust.parse(Json.parse(body)));
                return ApiResponse.ok(cloud.toJson());
            case "DELETE /_sim/cloud":
                cloud.reset();
                return ApiResponse.noContent();
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
        if (path.startsWith("/_sim/oauth/clients/") && method.equals("DELETE")) {
            String clientId = URLDecoder.decode(path.substring("/_sim/oauth/clients/".length()),
                    StandardCharsets.UTF_8);
            return oauth.remove(clientId) ? ApiResponse.noContent() : error(404, "no OAuth client " + clientId);
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
        oauth.reset();
        sessions.reset();
        cloud.reset();
        documents.clear();
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
        Map<String, String> ops = new TreeMap<>();
        ops.put("POST /_sim/reset", "back to the seed data; clears faults, the request log, tokens, switches,"
                + " OAuth clients, codes, tokens, counters and settings, login sessions, the Cloud trust and the"
                + " published documents");
        ops.put("GET|POST|DELETE /_sim/faults", "{\"path\":\"/rest/api/2/search\",\"method\":\"GET\",\"latencyMs\":0,"
                + "\"status\":429,\"retryAfter\":5,\"reset\":false,\"times\":1,\"body\":null}");
        ops.put("GET|DELETE /_sim/requests", "the Jira requests received: method, path, query, user, status, body");
        ops.put("GET /_sim/issues/{key}", "the internal record of an issue, with its creator");
        ops.put("GET|POST /_sim/tokens, DELETE /_sim/tokens/{token}", "{\"token\":\"...\",\"user\":\"bob\"}");
        ops.put("GET|POST /_sim/anonymous", "{\"enabled\":true}: bad bearer tokens read serverInfo/search anonymously");
        ops.put("GET|POST /_sim/oauth/clients, DELETE /_sim/oauth/clients/{clientId}",
                "{\"client_id\":\"...\",\"client_secret\":\"...\",\"redirect_uri\":\"http://.../callback\","
                        + "\"scope\":\"WRITE\"}: Jira's incoming application links (OAuth 2.0 clients)");
        ops.put("GET|POST /_sim/oauth/settings", "{\"autoConsent\":true,\"codeSeconds\":10,\"accessTokenSeconds\":7200,"
                + "\"refreshTokenSeconds\":7776000,\"refreshNeedsRedirectUri\":true}, any subset");
        ops.put("GET /_sim/oauth/stats", "{\"codesIssued\",\"tokenExchanges\",\"refreshes\",\"refreshFailures\"}");
        ops.put("GET /_sim/oauth/tokens", "the live OAuth 2.0 access and refresh tokens");
        ops.put("POST|DELETE /_sim/documents", "{\"path\":\"/clients/it.json\",\"body\":{...}}: answered to GET at"
                + " that path on every listener (HTTP and HTTPS), outside the request log");
        ops.put("GET|POST|DELETE /_sim/cloud", CloudTrust.usage() + ": the Atlassian Cloud gateway's trusted issuer"
                + " and site, for GET /oauth/token/accessible-resources and /ex/jira/{cloudId}/rest/...");
        ObjectNode operations = json.putObject("operations");
        ops.forEach(operations::put);
        ObjectNode pages = json.putObject("oauth2");
        pages.put("authorize", "GET /rest/oauth2/latest/authorize?client_id&redirect_uri&response_type=code&scope"
                + "&state&code_challenge&code_challenge_method=S256|plain (Basic credentials or the login cookie)");
        pages.put("token", "POST /rest/oauth2/latest/token, form-encoded: grant_type=authorization_code|refresh_token");
        pages.put("login", "GET|POST /login?os_destination=/path: sets the JSESSIONID cookie");
        pages.put("consent", "POST /plugins/servlet/oauth2/consent (the consent page's form, when autoConsent is off)");
        ObjectNode demoTokens = json.putObject("defaultTokens");
        new TreeMap<>(TokenRegistry.DEFAULTS).forEach(demoTokens::put);
        return json;
    }
}
