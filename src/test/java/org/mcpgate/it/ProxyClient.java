package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An MCP client application whose authorization server is the OAuth proxy: it registers itself (RFC 7591) with a
 * loopback redirect URI, makes PKCE pairs, builds authorization URLs, and redeems codes and refresh tokens at the
 * token endpoint of whichever node it is given. Its client id may also be a metadata-document URL.
 */
final class ProxyClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\","
            + "\"version\":\"1\"}}}";
    /** HTTP/1.1, as MCP clients speak it (on HTTP/2 Liberty passes no Host header, which the transport requires). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String clientId;
    private final String redirectUri;

    ProxyClient(String clientId, String redirectUri) {
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    /** A PKCE pair (RFC 7636 §4.1, §4.2): a 43-character verifier and its S256 challenge. */
    record Pkce(String verifier, String challenge) {

        static Pkce create() {
            String verifier = random();
            try {
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII))));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An authorization the client started: the URL it opens in the browser, and what it keeps to finish. */
    record Authorization(String url, String state, Pkce pkce) {
    }

    /** A successful token response. */
    record Tokens(String access, String refresh, String scope) {
    }

    /** Registers a client (201 expected) with these redirect URIs at a node. */
    static ProxyClient register(String node, String name, String... redirectUris) throws Exception {
        HttpResponse<String> response = registration(node, JSON.writeValueAsString(Map.of("client_name", name,
                "redirect_uris", redirectUris, "token_endpoint_auth_method", "none")));
        assertEquals(201, response.statusCode(), response.body());
        return new ProxyClient(json(response).path("client_id").asString(), redirectUris[0]);
    }

    static HttpResponse<String> registration(String node, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(node + "/oauth/register"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String clientId() {
        return clientId;
    }

    String redirectUri() {
        return redirectUri;
    }

    /** Starts an authorization at node A for {@code scope} (null: none named), with a fresh state and PKCE pair. */
    Authorization start(String scope) {
        Pkce pkce = Pkce.create();
        String state = random();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", redirectUri);
        if (scope != null) {
            parameters.put("scope", scope);
        }
        parameters.put("state", state);
        parameters.put("code_challenge", pkce.challenge());
        parameters.put("code_challenge_method", "S256");
        parameters.put("resource", Servers.PROXY + "/mcp");
        return new Authorization(authorizeUrl(Servers.PROXY, parameters), state, pkce);
    }

    static String authorizeUrl(String node, Map<String, String> parameters) {
        return node + "/oauth/authorize?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + ProxyBrowser.encode(e.getValue())).collect(Collectors.joining("&"));
    }

    /**
     * The client's side of a finished sign-in: checks the redirect it received (its state, the issuer), redeems the
     * code at {@code node} and checks the token response.
     */
    Tokens finish(URI redirect, Authorization authorization, String node) throws Exception {
        Map<String, String> answer = query(redirect);
        assertTrue(redirect.toString().startsWith(redirectUri + "?"), redirect.toString());
        assertEquals(authorization.state(), answer.get("state"));
        assertEquals(Servers.PROXY, answer.get("iss"));
        assertTrue(answer.containsKey("code"), answer.toString());
        return tokens(redeem(node, answer.get("code"), authorization.pkce().verifier(), redirectUri));
    }

    /** The whole sign-in of {@code user} in that browser, with consent, tokens redeemed at node A. */
    Tokens signIn(ProxyBrowser browser, String user, String scope) throws Exception {
        Authorization authorization = start(scope);
        return finish(browser.authorize(authorization.url(), user), authorization, Servers.PROXY);
    }

    HttpResponse<String> redeem(String node, String code, String verifier, String redirect) throws Exception {
        return token(node, "grant_type", "authorization_code", "client_id", clientId, "code", code, "redirect_uri",
                redirect, "code_verifier", verifier);
    }

    HttpResponse<String> refresh(String node, String refreshToken) throws Exception {
        return token(node, "grant_type", "refresh_token", "client_id", clientId, "refresh_token", refreshToken);
    }

    HttpResponse<String> revoke(String node, String token) throws Exception {
        return form(node + "/oauth/revoke", "token", token, "client_id", clientId);
    }

    /** A token request with these name, value pairs, in order (a name may repeat). */
    static HttpResponse<String> token(String node, String... pairs) throws Exception {
        return form(node + "/oauth/token", pairs);
    }

    /** A successful token response (RFC 6749 §5.1), never cached. */
    static Tokens tokens(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("no-cache", response.headers().firstValue("Pragma").orElse(null));
        JsonNode body = json(response);
        assertEquals("Bearer", body.path("token_type").asString());
        assertTrue(body.path("expires_in").asLong() > 0, response.body());
        String refresh = body.has("refresh_token") ? body.get("refresh_token").asString() : null;
        return new Tokens(body.path("access_token").asString(), refresh, body.path("scope").asString());
    }

    /** An OAuth error answered as JSON (RFC 6749 §5.2), with no token in it. */
    static void assertError(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(error, json(response).path("error").asString(), response.body());
        assertTrue(json(response).path("access_token").isMissingNode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
    }

    /** The MCP Java SDK's client at a node, sending the access token with each request. */
    static McpSyncClient mcp(McpClients transport, String node, String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder().header("Authorization", "Bearer " + accessToken);
        McpSyncClient client = McpClient.sync(transport == McpClients.STREAMABLE_HTTP
                ? HttpClientStreamableHttpTransport.builder(node).endpoint("/mcp").requestBuilder(request).build()
                : HttpClientSseClientTransport.builder(node).sseEndpoint("/sse").requestBuilder(request).build())
                .requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
        return client;
    }

    /** A raw JSON-RPC POST to an MCP endpoint, with a bearer token and, unless null, a session. */
    static HttpResponse<String> mcpPost(String mcpUrl, String accessToken, String session, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(mcpUrl))
                .header("Accept", "application/json, text/event-stream").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken).POST(HttpRequest.BodyPublishers.ofString(json));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The parameters of a redirect's query, decoded. */
    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> form(String url, String... pairs) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(ProxyBrowser.encode(pairs[i])).append('=')
                    .append(ProxyBrowser.encode(pairs[i + 1]));
        }
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
