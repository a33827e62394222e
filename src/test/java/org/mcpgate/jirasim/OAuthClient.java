package org.mcpgate.jirasim;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An incoming application link of Jira DC (an OAuth 2.0 client): its credentials, its one redirect URL, and the
 * widest scope it may ask for.
 */
record OAuthClient(String clientId, String clientSecret, String redirectUri, OAuthScope scope) {

    /**
     * The client of a {@code POST /_sim/oauth/clients} body. A missing {@code client_id} or {@code client_secret} is
     * generated as Jira does (32 and 64 hex digits); {@code redirect_uri} is required; {@code scope} defaults to
     * WRITE.
     */
    static OAuthClient fromJson(JsonNode body, SecureRandom random) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("give {\"client_id\":\"...\",\"client_secret\":\"...\","
                    + "\"redirect_uri\":\"https://...\",\"scope\":\"WRITE\"}");
        }
        String id = Json.text(body, "client_id");
        String secret = Json.text(body, "client_secret");
        String redirect = Json.text(body, "redirect_uri");
        String scopeName = Json.text(body, "scope");
        if (redirect == null || !absoluteWithoutFragment(redirect)) {
            throw new IllegalArgumentException("redirect_uri must be an absolute URL without a fragment");
        }
        OAuthScope scope = scopeName == null ? OAuthScope.WRITE : OAuthScope.named(scopeName)
                .orElseThrow(() -> new IllegalArgumentException("scope is one of READ, WRITE, ADMIN, SYSTEM_ADMIN"));
        return new OAuthClient(id == null || id.isBlank() ? hex(random, 16) : id,
                secret == null || secret.isBlank() ? hex(random, 32) : secret, redirect, scope);
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("client_id", clientId);
        json.put("client_secret", clientSecret);
        json.put("redirect_uri", redirectUri);
        json.put("scope", scope.name());
        return json;
    }

    private static boolean absoluteWithoutFragment(String uri) {
        try {
            URI parsed = new URI(uri);
            return parsed.isAbsolute() && parsed.getRawFragment() == null && !uri.contains("#");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String hex(SecureRandom random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
