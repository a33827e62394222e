package org.mcpgate.jirasim;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the simulated Atlassian API gateway trusts and serves, set by {@code POST /_sim/cloud}:
 * <pre>
 * {"cloudId":"...", "jwksUrl":"http://127.0.0.1:PORT/issuer/jwks", "issuer":"http://127.0.0.1:PORT/issuer",
 *  "audience":"api.atlassian.com", "userClaim":"sub", "accounts":{"557058:abc":"alice"},
 *  "siteUrl":"https://example.atlassian.net", "siteName":"example", "scopes":["read:jira-work", ...],
 *  "avatarUrl":"...", "requireScopes":false}
 * </pre>
 * Only {@code cloudId}, {@code jwksUrl} and {@code issuer} are required. {@code audience} absent: not checked.
 * {@code userClaim} names the claim whose value picks the simulator user (default {@code sub}); the value is looked
 * up in {@code accounts} first (an Atlassian accountId to a user name), then taken as a user name, then as a user key.
 * {@code requireScopes}: GET and HEAD need {@code read:jira-work} in the token's {@code scope} claim, other methods
 * {@code write:jira-work}; off by default.
 */
record CloudTrust(String cloudId, String jwksUrl, String issuer, String audience, String userClaim,
        Map<String, String> accounts, String siteUrl, String siteName, List<String> scopes, String avatarUrl,
        boolean requireScopes) {
    static final String DEFAULT_SITE_URL = "https://example.atlassian.net";
    static final String DEFAULT_SITE_NAME = "example";
    static final List<String> DEFAULT_SCOPES = List.of("read:jira-work", "write:jira-work", "read:jira-user",
            "offline_access");
    static final String DEFAULT_AVATAR = "https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/"
            + "rocket.png";

    CloudTrust {
        accounts = Map.copyOf(accounts);
        scopes = List.copyOf(scopes);
    }

    static CloudTrust parse(JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("give a JSON object: " + usage());
        }
        String cloudId = required(json, "cloudId");
        if (cloudId.contains("/") || cloudId.isBlank()) {
            throw new IllegalArgumentException("cloudId must be one path segment");
        }
        String jwksUrl = required(json, "jwksUrl");
        URI jwks;
        try {
            jwks = URI.create(jwksUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("jwksUrl is not a URL: " + jwksUrl);
        }
        if (!"http".equals(jwks.getScheme()) && !"https".equals(jwks.getScheme())) {
            throw new IllegalArgumentException("jwksUrl must be http or https: " + jwksUrl);
        }
        String issuer = required(json, "issuer");
        String userClaim = Json.text(json, "userClaim");
        Map<String, String> accounts = new LinkedHashMap<>();
        json.path("accounts").properties().forEach(e -> {
            String user = Json.text(e.getValue());
            if (user == null) {
                throw new IllegalArgumentException("accounts maps an account id to a user name");
            }
            accounts.put(e.getKey(), user);
        });
        List<String> scopes = new ArrayList<>();
        if (json.has("scopes")) {
            if (!json.get("scopes").isArray()) {
                throw new IllegalArgumentException("scopes is an array of strings");
            }
            json.get("scopes").forEach(s -> scopes.add(s.asString()));
        } else {
            scopes.addAll(DEFAULT_SCOPES);
        }
        return new CloudTrust(cloudId, jwksUrl, issuer, Json.text(json, "audience"),
                userClaim == null ? "sub" : userClaim, accounts, orElse(Json.text(json, "siteUrl"), DEFAULT_SITE_URL),
                orElse(Json.text(json, "siteName"), DEFAULT_SITE_NAME), scopes,
                orElse(Json.text(json, "avatarUrl"), DEFAULT_AVATAR), json.path("requireScopes").asBoolean(false));
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("configured", true);
        json.put("cloudId", cloudId);
        json.put("jwksUrl", jwksUrl);
        json.put("issuer", issuer);
        json.put("audience", audience);
        json.put("userClaim", userClaim);
        ObjectNode map = json.putObject("accounts");
        accounts.forEach(map::put);
        json.put("siteUrl", siteUrl);
        json.put("siteName", siteName);
        json.set("scopes", Json.strings(scopes));
        json.put("avatarUrl", avatarUrl);
        json.put("requireScopes", requireScopes);
        return json;
    }

    /** The site as {@code GET /oauth/token/accessible-resources} lists it (Atlassian's member order). */
    ObjectNode resource() {
        ObjectNode json = Json.object();
        json.put("id", cloudId);
        json.put("url", siteUrl);
        json.put("name", siteName);
        json.set("scopes", Json.strings(scopes));
        json.put("avatarUrl", avatarUrl);
        return json;
    }

    static String usage() {
        return "{\"cloudId\":\"...\",\"jwksUrl\":\"http://host:port/issuer/jwks\",\"issuer\":\"http://host:port/issuer\""
                + ",\"audience\":\"api.atlassian.com\"} (audience, userClaim, accounts, siteUrl, siteName, scopes,"
                + " avatarUrl, requireScopes optional)";
    }

    private static String required(JsonNode json, String member) {
        String value = Json.text(json, member);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(member + " is required: " + usage());
        }
        return value;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
