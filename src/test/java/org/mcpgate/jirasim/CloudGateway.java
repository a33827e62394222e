package org.mcpgate.jirasim;

import java.util.Arrays;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's second face: Atlassian's API gateway ({@code api.atlassian.com}) in front of a Jira Cloud site, for
 * OAuth 2.0 (3LO) clients. Two kinds of path:
 * <ul>
 * <li>{@code GET /oauth/token/accessible-resources}: the one trusted site, in Atlassian's shape</li>
 * <li>{@code /ex/jira/{cloudId}/rest/...}: the simulator's Jira REST resources, {@code self} links pointing back
 * through the gateway</li>
 * </ul>
 * Both want {@code Authorization: Bearer <JWT>} signed by a key of the trusted JWK set ({@link CloudTrust}, set by
 * {@code POST /_sim/cloud}); nothing else gets through (no PAT, no Basic, no anonymous). The token's user claim names
 * the simulator user the request acts as. The gateway's own errors have its body shape, {@code {"code":401,
 * "message":"Unauthorized"}}; the answers of Jira behind it are Jira DC's (names, not account ids).
 */
final class CloudGateway {
    static final String ACCESSIBLE_RESOURCES = "/oauth/token/accessible-resources";
    static final String PREFIX = "/ex/jira/";
    static final String READ_SCOPE = "read:jira-work";
    static final String WRITE_SCOPE = "write:jira-work";

    private final JiraStore store;
    private final SimSettings settings;
    private final Authenticator authenticator;
    private final String baseUrl;
    private volatile Site site;

    /** The trusted site, its keys and the Jira gate whose links point through the gateway. */
    private record Site(CloudTrust trust, JwksCache jwks, JiraGate gate) {
    }

    /** How a gateway request authenticated: the user and the token's claims, or the gateway's refusal. */
    record Caller(AuthResult auth, JsonNode claims, ApiResponse refusal) {
    }

    CloudGateway(JiraStore store, SimSettings settings, Authenticator authenticator, String baseUrl) {
        this.store = store;
        this.settings = settings;
        this.authenticator = authenticator;
        this.baseUrl = baseUrl;
    }

    static boolean handles(String path) {
        return path.equals(ACCESSIBLE_RESOURCES) || path.startsWith(PREFIX);
    }

    /**
     * The Jira path behind a gateway path ({@code /ex/jira/abc/rest/api/2/search} is {@code /rest/api/2/search}),
     * or the path unchanged when it has no cloud id prefix.
     */
    static String innerPath(String path) {
        if (!path.startsWith(PREFIX)) {
            return path;
        }
        int slash = path.indexOf('/', PREFIX.length());
        return slash < 0 ? "/" : path.substring(slash);
    }

    /** The cloud id of a gateway path, or null. */
    static String cloudId(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        int slash = path.indexOf('/', PREFIX.length());
        return slash < 0 ? path.substring(PREFIX.length()) : path.substring(PREFIX.length(), slash);
    }

    /** Trusts this issuer for this site from now on, in place of any earlier trust. */
    void configure(CloudTrust trust) {
        synchronized (store.lock()) {
            for (String name : trust.accounts().values()) {
                if (store.catalog().user(name).isEmpty()) {
                    throw new IllegalArgumentException("accounts: no user " + name);
                }
            }
        }
        String gatewayBase = baseUrl + PREFIX + trust.cloudId();
        JiraGate gate = new JiraGate(store, JiraRoutes.build(store, new Links(gatewayBase)), settings, gatewayBase);
        site = new Site(trust, new JwksCache(trust.jwksUrl()), gate);
    }

    Optional<CloudTrust> trust() {
        Site current = site;
        return current == null ? Optional.empty() : Optional.of(current.trust());
    }

    /** How many times the trusted JWK set was fetched since it was configured (0 when none is). */
    int jwksFetches() {
        Site current = site;
        return current == null ? 0 : current.jwks().fetches();
    }

    void reset() {
        site = null;
    }

    ObjectNode toJson() {
        Site current = site;
        if (current == null) {
            return Json.object().put("configured", false);
        }
        ObjectNode json = current.trust().toJson();
        json.put("jwksFetches", current.jwks().fetches());
        return json;
    }

    /** Checks the bearer token against the trusted site; the refusal is the gateway's 401. */
    Caller authenticate(String authorization) {
        Site current = site;
        if (authorization == null || authorization.isBlank()) {
            return refused(AuthResult.Outcome.NONE);
        }
        String header = authorization.trim();
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).equalsIgnoreCase("bearer") || current == null) {
            return refused(AuthResult.Outcome.BAD_TOKEN);
        }
        CloudTokenVerifier.Outcome outcome = CloudTokenVerifier.verify(header.substring(space + 1).trim(),
                current.trust(), current.jwks(), System.currentTimeMillis() / 1000);
        if (!outcome.accepted()) {
            return refused(AuthResult.Outcome.BAD_TOKEN);
        }
        String claim = Json.text(outcome.claims(), current.trust().userClaim());
        Optional<SimUser> user = claim == null ? Optional.empty() : user(current.trust(), claim);
        if (user.isEmpty()) {
            return refused(AuthResult.Outcome.BAD_TOKEN);
        }
        return new Caller(new AuthResult(AuthResult.Outcome.AUTHENTICATED, user.get()), outcome.claims(), null);
    }

    /** The gateway's answer to an authenticated (or refused) request. */
    ApiResponse answer(String method, String path, String query, byte[] body, Caller caller) {
        if (caller.refusal() != null) {
            return caller.refusal();
        }
        Site current = site;
        if (current == null) {
            return unauthorized("Unauthorized");
        }
        if (path.equals(ACCESSIBLE_RESOURCES)) {
            if (!method.equals("GET")) {
                return gatewayError(405, "Method Not Allowed").withHeader("Allow", "GET");
            }
            ArrayNode sites = Json.array();
            sites.add(current.trust().resource());
            return ApiResponse.ok(sites);
        }
        String cloudId = cloudId(path);
        String inner = innerPath(path);
        if (!current.trust().cloudId().equals(cloudId) || !inner.startsWith("/rest/")) {
            return gatewayError(404, "Not Found");
        }
        if (current.trust().requireScopes() && !scopeAllows(caller.claims(), method)) {
            return unauthorized("Unauthorized; scope does not match");
        }
        return current.gate().answer(method, inner, query, body, caller.auth());
    }

    private Optional<SimUser> user(CloudTrust trust, String claim) {
        String mapped = trust.accounts().get(claim);
        if (mapped != null) {
            return authenticator.activeUser(mapped);
        }
        Optional<SimUser> byName = authenticator.activeUser(claim);
        if (byName.isPresent()) {
            return byName;
        }
        synchronized (store.lock()) {
            return store.catalog().userByKey(claim).filter(SimUser::active);
        }
    }

    /** Atlassian puts the granted scopes in {@code scope}, space-separated; {@code scp} arrays are read as well. */
    private static boolean scopeAllows(JsonNode claims, String method) {
        String needed = method.equals("GET") || method.equals("HEAD") ? READ_SCOPE : WRITE_SCOPE;
        String scope = Json.text(claims, "scope");
        if (scope != null && Arrays.asList(scope.trim().split("\\s+")).contains(needed)) {
            return true;
        }
        for (JsonNode one : claims.path("scp")) {
            if (needed.equals(Json.text(one))) {
                return true;
            }
        }
        return false;
    }

    private static Caller refused(AuthResult.Outcome outcome) {
        return new Caller(AuthResult.of(outcome), null, unauthorized("Unauthorized"));
    }

    static ApiResponse unauthorized(String message) {
        return gatewayError(401, message);
    }

    /** The gateway's error body: {@code {"code":401,"message":"Unauthorized"}}. */
    static ApiResponse gatewayError(int status, String message) {
        ObjectNode body = Json.object();
        body.put("code", status);
        body.put("message", message);
        return ApiResponse.json(status, body);
    }
}
