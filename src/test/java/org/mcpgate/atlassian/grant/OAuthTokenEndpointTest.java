package org.mcpgate.atlassian.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcpgate.atlassian.Json;
import org.mcpgate.atlassian.UpstreamException;
import tools.jackson.databind.JsonNode;

class OAuthTokenEndpointTest {

    private static final OAuthClient CLIENT = new OAuthClient("mcpgate-client", "client-s3cret-value",
            "https://mcpgate.example.com/admin/oauth/callback");
    private static final String DC_TOKENS = "{\"access_token\":\"dc-access\",\"token_type\":\"bearer\","
            + "\"expires_in\":7200,\"refresh_token\":\"dc-refresh\",\"created_at\":1767225600}";
    private static final String REFRESH_TOKEN = "old-refresh-token-value";

    private HttpServer server;
    private Client http;
    private volatile Captured request;
    private volatile int status = 200;
    private volatile String answer = DC_TOKENS;
    private volatile Map<String, String> answerHeaders = Map.of();

    record Captured(String method, String path, String contentType, String body) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        http = ClientBuilder.newBuilder().build();
    }

    @AfterEach
    void stop() {
        http.close();
        server.stop(0);
    }

    @Test
    void exchangeOnJiraDataCenterPostsAFormWithClientCredentialsAndPkceVerifier() {
        TokenResponse tokens = endpoint(UpstreamProvider.JIRA_DC).exchange("the-code", "the-verifier",
                "https://mcpgate.example.com/admin/oauth/callback");

        assertEquals("POST", request.method());
        assertEquals("/jira/rest/oauth2/latest/token", request.path());
        assertTrue(request.contentType().startsWith("application/x-www-form-urlencoded"), request.contentType());
        assertEquals(Map.of("grant_type", "authorization_code", "code", "the-code", "code_verifier", "the-verifier",
                "redirect_uri", "https://mcpgate.example.com/admin/oauth/callback", "client_id", "mcpgate-client",
                "client_secret", "client-s3cret-value"), form(request.body()));
        assertEquals("dc-access", tokens.accessToken());
        assertEquals(Optional.of("dc-refresh"), tokens.refreshToken());
        assertEquals(Optional.of(Duration.ofSeconds(7200)), tokens.expiresIn());
        assertEquals(Optional.empty(), tokens.scope(), "Jira DC does not echo the scope");
        assertFalse(tokens.toString().contains("dc-access") || tokens.toString().contains("dc-refresh"));
    }

    @Test
    void refreshOnJiraDataCenterPostsTheRefreshTokenWithTheRegisteredRedirectUri() {
        endpoint(UpstreamProvider.JIRA_DC).refresh(REFRESH_TOKEN);

        assertEquals(Map.of("grant_type", "refresh_token", "refresh_token", REFRESH_TOKEN,
                "redirect_uri", CLIENT.redirectUri(), "client_id", "mcpgate-client",
                "client_secret", "client-s3cret-value"), form(request.body()));
    }

    @Test
    void exchangeOnAtlassianCloudPostsTheStandardForm() {
        answer = "{\"access_token\":\"cloud-access\",\"expires_in\":\"3600\",\"token_type\":\"Bearer\","
                + "\"refresh_token\":\"cloud-refresh\",\"scope\":\"read:jira-work offline_access\"}";
        TokenResponse tokens = endpoint(UpstreamProvider.ATLASSIAN_CLOUD).exchange("c0de", "v3rifier",
                "https://mcpgate.example.com/cb");

        assertTrue(request.contentType().startsWith("application/x-www-form-urlencoded"), request.contentType());
        assertEquals(Map.of("grant_type", "authorization_code", "client_id", "mcpgate-client", "client_secret",
                "client-s3cret-value", "code", "c0de", "redirect_uri", "https://mcpgate.example.com/cb",
                "code_verifier", "v3rifier"), form(request.body()));
        assertEquals(Optional.of(Duration.ofHours(1)), tokens.expiresIn(), "a numeric string is read too");
        assertEquals(Optional.of("read:jira-work offline_access"), tokens.scope());
    }

    @Test
    void refreshOnAtlassianCloudPostsTheFormWithoutRedirectUri() {
        endpoint(UpstreamProvider.ATLASSIAN_CLOUD).refresh(REFRESH_TOKEN);

        assertEquals(Map.of("grant_type", "refresh_token", "refresh_token", REFRESH_TOKEN, "client_id",
                "mcpgate-client", "client_secret", "client-s3cret-value"), form(request.body()));
    }

    @Test
    void refreshWhenInvalidGrantThenTheConnectionIsReportedRevokedWithTheAdminPage() {
        refuse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The refresh token is not valid\"}");

        UpstreamException e = refreshFails(UpstreamProvider.JIRA_DC);
        assertEquals(400, e.status());
        assertTrue(e.getMessage().startsWith("The OAuth connection to Jira was revoked or expired; an administrator"
                + " must connect again on the admin page (/admin)."), e.getMessage());
        assertTrue(e.getMessage().contains("invalid_grant: The refresh token is not valid"), e.getMessage());
    }

    @Test
    void refreshOnAtlassianCloudWhenRefreshTokenIsInvalidThenTheConnectionIsReportedRevoked() {
        refuse(403, "{\"error\":\"invalid_grant\",\"error_description\":\"Unknown or invalid refresh token.\"}");
        assertTrue(refreshFails(UpstreamProvider.ATLASSIAN_CLOUD).getMessage()
                .startsWith("The OAuth connection to Atlassian Cloud was revoked or expired"));

        refuse(403, "{\"error\":\"unauthorized_client\",\"error_description\":\"refresh_token is invalid\"}");
        assertTrue(refreshFails(UpstreamProvider.ATLASSIAN_CLOUD).getMessage()
                .startsWith("The OAuth connection to Atlassian Cloud was revoked or expired"));
    }

    @Test
    void refreshWhenTheServerEchoesTheRefusedTokenThenTheMessageBlotsItOut() {
        refuse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh token: " + REFRESH_TOKEN
                + "\"}");

        UpstreamException e = refreshFails(UpstreamProvider.JIRA_DC);
        assertTrue(e.getMessage().contains("Invalid refresh token: ********"), e.getMessage());
    }

    @Test
    void exchangeWhenInvalidGrantThenTheMessageExplainsCodeLifetimeAndStartingAgain() {
        refuse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The authorization code has expired\"}");

        UpstreamException e = assertThrows(UpstreamException.class, () -> endpoint(UpstreamProvider.JIRA_DC)
                .exchange("the-code", "the-verifier", "https://mcpgate.example.com/cb"));
        assertTrue(e.getMessage().startsWith("Jira refused the authorization code (invalid_grant: The authorization"
                + " code has expired)"), e.getMessage());
        assertTrue(e.getMessage().contains("10 seconds"), e.getMessage());
        assertFalse(e.getMessage().contains("the-code") || e.getMessage().contains("the-verifier"), e.getMessage());
    }

    @Test
    void refreshWhenInvalidClientThenTheMessageNamesTheClientSettingsAndWhereToCheckThem() {
        refuse(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}");

        UpstreamException e = refreshFails(UpstreamProvider.JIRA_DC);
        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("ATLASSIAN_OAUTH_CLIENT_ID and ATLASSIAN_OAUTH_CLIENT_SECRET"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Application links"), e.getMessage());
    }

    @Test
    void refreshWhenTheProxyAnswersAnHtmlErrorPageThenTheStatusAndAdviceAreReported() {
        refuse(503, "<html><head><title>Service Unavailable</title></head><body>down</body></html>");
        assertTrue(refreshFails(UpstreamProvider.JIRA_DC).getMessage().startsWith("Jira's token endpoint failed"
                + " (HTTP 503) (an HTML page, from Jira or a proxy in front of it); it may be down"));

        refuse(429, "");
        answerHeaders = Map.of("Retry-After", "17");
        assertTrue(refreshFails(UpstreamProvider.JIRA_DC).getMessage().contains("retry after 17 seconds"));

        refuse(404, "<html>Not found</html>");
        assertTrue(refreshFails(UpstreamProvider.JIRA_DC).getMessage().contains("Jira Data Center 8.22 or later"));
    }

    @Test
    void refreshWhenSuccessHasNoUsableTokenThenItIsAnError() {
        refuse(200, "{\"token_type\":\"bearer\"}");
        assertTrue(refreshFails(UpstreamProvider.JIRA_DC).getMessage().contains("without a usable token (no"
                + " access_token)"));

        refuse(200, "<html>login</html>");
        assertTrue(refreshFails(UpstreamProvider.JIRA_DC).getMessage().contains("(not JSON)"));

        refuse(200, "{\"access_token\":\"x\",\"token_type\":\"mac\"}");
        assertTrue(refreshFails(UpstreamProvider.JIRA_DC).getMessage().contains("token_type 'mac'"));
    }

    @Test
    void refreshWhenTheEndpointCannotBeReachedThenTheFailureSaysSo() {
        URI closed = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
        server.stop(0);
        OAuthTokenEndpoint endpoint = new OAuthTokenEndpoint(http, UpstreamProvider.JIRA_DC, closed, CLIENT,
                Duration.ofSeconds(5));

        UpstreamException e = assertThrows(UpstreamException.class, () -> endpoint.refresh(REFRESH_TOKEN));
        assertEquals(0, e.status());
        assertTrue(e.getMessage().startsWith("Could not reach Jira's token endpoint at " + closed), e.getMessage());
        assertNoSecret(e);
    }

    private OAuthTokenEndpoint endpoint(UpstreamProvider provider) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        URI url = provider == UpstreamProvider.JIRA_DC ? provider.tokenUrl(base + "/jira/")
                : base.resolve("/oauth/token");
        return new OAuthTokenEndpoint(http, provider, url, CLIENT, Duration.ofSeconds(5));
    }

    private void refuse(int status, String body) {
        this.status = status;
        this.answer = body;
        this.answerHeaders = Map.of();
    }

    private UpstreamException refreshFails(UpstreamProvider provider) {
        UpstreamException e = assertThrows(UpstreamException.class, () -> endpoint(provider).refresh(REFRESH_TOKEN));
        assertNoSecret(e);
        return e;
    }

    private static void assertNoSecret(UpstreamException e) {
        assertFalse(e.getMessage().contains(REFRESH_TOKEN), e.getMessage());
        assertFalse(e.getMessage().contains(CLIENT.clientSecret()), e.getMessage());
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] in = exchange.getRequestBody().readAllBytes();
        request = new Captured(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"), new String(in, StandardCharsets.UTF_8));
        byte[] out = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.startsWith("{") ? "application/json" : "text/html");
        answerHeaders.forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        try (var body = exchange.getResponseBody()) {
            body.write(out);
        }
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8), (a, b) -> a + "," + b, LinkedHashMap::new));
    }
}
