package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/** The simulator with one registered OAuth 2.0 client, and the steps of the flows as one-liners. */
abstract class OAuthHarness extends SimulatorHarness {
    static final String CLIENT_ID = "mcpgate";
    static final String CLIENT_SECRET = "s3cret";
    static final String REDIRECT = "http://127.0.0.1:9/oauth/callback";
    static final String AUTHORIZE = "/rest/oauth2/latest/authorize";
    static final String TOKEN = "/rest/oauth2/latest/token";
    static final String ALICE_BASIC = SimClient.basic("alice", "alice");
    private static final SecureRandom RANDOM = new SecureRandom();

    @BeforeEach
    void registerClient() {
        register(CLIENT_ID, CLIENT_SECRET, REDIRECT, "WRITE");
    }

    static JsonNode register(String id, String secret, String redirect, String scope) {
        SimClient.Response created = client.post("/_sim/oauth/clients", null, "{\"client_id\":\"" + id
                + "\",\"client_secret\":\"" + secret + "\",\"redirect_uri\":\"" + redirect + "\",\"scope\":\""
                + scope + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    static void settings(String json) {
        SimClient.Response answer = client.post("/_sim/oauth/settings", null, json);
        assertEquals(200, answer.status(), answer.body());
    }

    static JsonNode stats() {
        return client.get("/_sim/oauth/stats", null).json();
    }

    static String verifier() {
        byte[] bytes = new byte[40];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Computed here, not by the simulator: BASE64URL(SHA-256(verifier)). */
    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The usual authorize parameters; tests change or drop some. */
    static Map<String, String> authorizeParams(String challenge, String method) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", CLIENT_ID);
        params.put("redirect_uri", REDIRECT);
        params.put("response_type", "code");
        params.put("scope", "WRITE");
        params.put("state", "st-" + RANDOM.nextInt(1_000_000));
        if (challenge != null) {
            params.put("code_challenge", challenge);
        }
        if (method != null) {
            params.put("code_challenge_method", method);
        }
        return params;
    }

    static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static SimClient.Response authorize(Map<String, String> params, String authorization) {
        return client.get(AUTHORIZE + "?" + encode(params), authorization);
    }

    /** The query parameters of a redirect's Location, decoded. */
    static Map<String, String> redirectParams(SimClient.Response response) {
        assertEquals(302, response.status(), response.body());
        String location = response.header("Location").orElseThrow();
        Map<String, String> params = new LinkedHashMap<>();
        String query = URI.create(location).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    /** Alice authorizes by Basic credentials; the code of the redirect, whose state is checked. */
    static String code(Map<String, String> params) {
        SimClient.Response response = authorize(params, ALICE_BASIC);
        assertTrue(response.header("Location").orElseThrow().startsWith(REDIRECT + "?"), response.body());
        Map<String, String> back = redirectParams(response);
        assertEquals(params.get("state"), back.get("state"));
        return back.get("code");
    }

    static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    static SimClient.Response token(Map<String, String> form) {
        return client.form(TOKEN, null, encode(form));
    }

    static Map<String, String> codeGrant(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", CLIENT_SECRET);
        form.put("code", code);
        form.put("redirect_uri", REDIRECT);
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return form;
    }

    static Map<String, String> refreshGrant(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", CLIENT_SECRET);
        form.put("refresh_token", refreshToken);
        form.put("redirect_uri", REDIRECT);
        return form;
    }

    /** A whole S256 flow for alice at the scope asked; the token response. */
    static JsonNode tokensFor(String scope) {
        String verifier = verifier();
        Map<String, String> params = authorizeParams(s256(verifier), "S256");
        params.put("scope", scope);
        SimClient.Response answer = token(codeGrant(code(params), verifier));
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    static void assertOAuthError(SimClient.Response response, int status, String error) {
        assertEquals(status, response.status(), response.body());
        assertEquals(error, response.json().path("error").asString(), response.body());
        assertTrue(response.json().path("error_description").isString(), response.body());
        assertEquals("no-store", response.header("Cache-Control").orElse(null));
    }

    static String bearer(JsonNode tokens) {
        return "Bearer " + tokens.path("access_token").asString();
    }
}
