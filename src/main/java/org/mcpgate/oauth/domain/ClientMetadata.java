package org.mcpgate.oauth.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mcpgate.atlassian.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * The client metadata (RFC 7591 §2) mcpgate keeps, read and validated the same way from a registration request and
 * from a Client ID Metadata Document. Only public clients are accepted: no secret, PKCE instead. Fields mcpgate does
 * not use are ignored, as RFC 7591 §2 asks.
 *
 * @param grantTypes in the canonical order of {@link #GRANT_TYPES}
 */
record ClientMetadata(String clientName, List<String> redirectUris, List<String> grantTypes) {

    static final String AUTHORIZATION_CODE = "authorization_code";
    static final String REFRESH_TOKEN = "refresh_token";
    static final List<String> GRANT_TYPES = List.of(AUTHORIZATION_CODE, REFRESH_TOKEN);
    static final int MAX_REDIRECT_URIS = 10;
    static final int MAX_CLIENT_NAME = 200;
    /** What the database keeps: each URI in a 2000-character column, the list in one of 8000. */
    static final int MAX_REDIRECT_URI = 2000;
    static final int MAX_REDIRECT_URIS_TOTAL = 7000;
    static final String DEFAULT_CLIENT_NAME = "Unnamed MCP client";

    /** Duplicate members and trailing text refused: two parsers must not read two documents out of one. */
    private static final ObjectReader STRICT = Json.MAPPER.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Parses a JSON text that must be an object.
     *
     * @throws OAuthError {@code invalid_client_metadata} when it is not
     */
    static JsonNode parseObject(String json, String what) {
        JsonNode node;
        try {
            node = json == null || json.isBlank() ? null : STRICT.readTree(json);
        } catch (JacksonException e) {
            throw invalid(what + " is not valid JSON, or names a member twice");
        }
        if (node == null || !node.isObject()) {
            throw invalid(what + " must be a JSON object");
        }
        return node;
    }

    /**
     * Reads and validates the metadata of a JSON object.
     *
     * @throws OAuthError {@code invalid_redirect_uri} for a refused redirect URI, else {@code invalid_client_metadata}
     */
    static ClientMetadata read(JsonNode object, RedirectUriPolicy policy, Set<String> allowedGrantTypes) {
        requirePublicClient(object);
        requireCodeResponseType(object);
        return new ClientMetadata(clientName(object), redirectUris(object, policy),
                grantTypes(object, allowedGrantTypes));
    }

    /** Checks the server's own grant-type setting, so that a misconfiguration fails at startup. */
    static Set<String> requireKnownGrantTypes(Set<String> allowed) {
        if (!allowed.contains(AUTHORIZATION_CODE) || !GRANT_TYPES.containsAll(allowed)) {
            throw new IllegalArgumentException("the allowed grant types must include authorization_code and may add"
                    + " refresh_token, nothing else: " + allowed);
        }
        return Set.copyOf(allowed);
    }

    private static void requirePublicClient(JsonNode object) {
        JsonNode method = object.get("token_endpoint_auth_method");
        if (absent(method) || (method.isString() && method.stringValue().equals("none"))) {
            return;
        }
        throw invalid("token_endpoint_auth_method must be \"none\" or absent, not " + shown(method)
                + ": mcpgate accepts public clients only, which prove themselves with PKCE instead of a secret");
    }

    private static void requireCodeResponseType(JsonNode object) {
        JsonNode types = object.get("response_types");
        if (absent(types)) {
            return;
        }
        if (!types.isArray() || types.isEmpty() || !types.values().stream()
                .allMatch(type -> type.isString() && type.stringValue().equals("code"))) {
            throw invalid("response_types must be [\"code\"] or absent: mcpgate supports the authorization code flow"
                    + " only");
        }
    }

    private static String clientName(JsonNode object) {
        JsonNode name = object.get("client_name");
        if (absent(name) || (name.isString() && name.stringValue().isBlank())) {
            return DEFAULT_CLIENT_NAME;
        }
        if (!name.isString()) {
            throw invalid("client_name must be a string");
        }
        String text = name.stringValue();
        if (text.codePointCount(0, text.length()) > MAX_CLIENT_NAME) {
            throw invalid("client_name must not be longer than " + MAX_CLIENT_NAME + " characters");
        }
        if (text.codePoints().anyMatch(ClientMetadata::isControlOrBidi)) {
            throw invalid("client_name must not contain control or bidirectional-override characters: "
                    + Quoted.of(text));
        }
        return text;
    }

    private static List<String> redirectUris(JsonNode object, RedirectUriPolicy policy) {
        JsonNode uris = object.get("redirect_uris");
        if (absent(uris) || !uris.isArray() || uris.isEmpty()) {
            throw invalid("redirect_uris is required: a non-empty array of strings");
        }
        if (uris.size() > MAX_REDIRECT_URIS) {
            throw invalid("redirect_uris must not list more than " + MAX_REDIRECT_URIS + " URIs");
        }
        Set<String> accepted = new LinkedHashSet<>();
        for (JsonNode uri : uris.values()) {
            if (!uri.isString()) {
                throw invalid("redirect_uris must contain strings only");
            }
            if (uri.stringValue().length() > MAX_REDIRECT_URI) {
                throw invalid("a redirect URI must not be longer than " + MAX_REDIRECT_URI + " characters");
            }
            policy.check(uri.stringValue());
            accepted.add(uri.stringValue());
        }
        if (accepted.stream().mapToInt(String::length).sum() > MAX_REDIRECT_URIS_TOTAL) {
            throw invalid("redirect_uris must not be longer than " + MAX_REDIRECT_URIS_TOTAL + " characters in all");
        }
        return List.copyOf(accepted);
    }

    private static List<String> grantTypes(JsonNode object, Set<String> allowed) {
        JsonNode types = object.get("grant_types");
        if (absent(types)) {
            return GRANT_TYPES.stream().filter(allowed::contains).toList();
        }
        if (!types.isArray() || types.isEmpty()) {
            throw invalid("grant_types must be a non-empty array of strings, or absent");
        }
        List<String> asked = new ArrayList<>();
        for (JsonNode type : types.values()) {
            if (!type.isString() || !allowed.contains(type.stringValue())) {
                throw invalid("The grant type " + shown(type)
                        + " is not allowed; allowed: " + String.join(", ", GRANT_TYPES.stream()
                                .filter(allowed::contains).toList()));
            }
            asked.add(type.stringValue());
        }
        if (!asked.contains(AUTHORIZATION_CODE)) {
            throw invalid("grant_types must include authorization_code, the only flow mcpgate starts");
        }
        return GRANT_TYPES.stream().filter(asked::contains).toList();
    }

    private static boolean isControlOrBidi(int c) {
        return Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    private static String shown(JsonNode value) {
        return Quoted.of(value.isString() ? value.stringValue() : value.toString());
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static OAuthError invalid(String description) {
        return new OAuthError(OAuthError.INVALID_CLIENT_METADATA, description + ".");
    }
}
