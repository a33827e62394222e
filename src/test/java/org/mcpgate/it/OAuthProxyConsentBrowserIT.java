package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A person in a real browser (Debian's Chromium driven by playwright-core, {@code src/test/node/consent-browser.mjs})
 * on the OAuth proxy's consent page: Approve leads through Jira's login page to the client's loopback redirect URI
 * with a code that buys a token acting as that person; Deny sends the client {@code access_denied}; a hostile client
 * name is shown as text and runs nothing.
 *
 * <p>Needs {@code /usr/bin/chromium} (Debian package {@code chromium}). Without it the tests are skipped, unless
 * {@code MCPGATE_REQUIRE_BROWSER=true} (set by {@code .ci/run}), which makes a missing browser a failure.
 */
class OAuthProxyConsentBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static String node;

    /** Why the browser tests cannot run here, or null when they can. */
    private static String browserMissing;

    @BeforeAll
    static void browserAndNodeToolsInstalled() {
        if (!Files.isExecutable(CHROMIUM)) {
            browserMissing = "No browser at " + CHROMIUM + ": install Debian's package 'chromium' (apt-get install -y"
                    + " --no-install-recommends chromium) to run the consent-page browser tests.";
            if ("true".equals(System.getenv("MCPGATE_REQUIRE_BROWSER"))) {
                fail(browserMissing + " MCPGATE_REQUIRE_BROWSER=true (.ci/run) makes this a failure.");
            }
            System.err.println("OAuthProxyConsentBrowserIT SKIPPED: " + browserMissing);
            return;
        }
        node = NodeTools.systemNode();
        NodeTools.requirePackage("playwright-core");
    }

    @BeforeEach
    void jiraKnowsTheProxyAsAnOAuthClient() {
        Assumptions.assumeTrue(browserMissing == null, browserMissing);
        JiraSimulatorControl.reset();
        JiraSimulatorControl.oauthClient("{\"client_id\":\"mcpgate-proxy-it\",\"client_secret\":"
                + "\"mcpgate-proxy-it-secret\",\"redirect_uri\":\"" + Servers.PROXY + "/oauth/callback\","
                + "\"scope\":\"WRITE\"}");
    }

    /** A client registered by DCR, and an authorization request of its own (PKCE S256, state). */
    private record Authorization(String clientId, String redirectUri, String verifier, String state, String url) {
    }

    @Test
    void approveThenLoginAsBobThenCodeBuysATokenActingAsBob() throws Exception {
        Authorization authorization = authorize("Consent Browser Test Client");
        JsonNode result = browse(authorization, "approve", NodeTools.LOGS.resolveSibling("consent-page.png"));

        JsonNode consent = result.path("consent");
        assertEquals(200, consent.path("status").asInt());
        assertEquals("Consent Browser Test Client", consent.path("clientName").asString());
        assertEquals("Authorize Consent Browser Test Client - mcpgate", consent.path("title").asString());
        assertEquals(URI.create(authorization.redirectUri()).getAuthority(), consent.path("redirectHost").asString());
        List<String> scopes = strings(consent.path("scopes"));
        assertEquals(2, scopes.size(), scopes.toString());
        assertTrue(scopes.get(0).startsWith("Read ") && scopes.get(1).startsWith("Create and update issues"),
                scopes.toString());
        assertTrue(consent.path("text").asString().contains("act in Jira as you"), consent.path("text").asString());
        assertEquals("DENY", consent.path("frameOptions").asString());
        assertTrue(consent.path("approveVisible").asBoolean() && consent.path("denyVisible").asBoolean());
        assertTrue(result.path("loginPage").asString().startsWith(Servers.JIRA + "/login?"),
                result.path("loginPage").asString());

        JsonNode landed = result.path("landed").path("query");
        assertEquals(authorization.state(), landed.path("state").asString(), landed.toString());
        assertEquals(Servers.PROXY, landed.path("iss").asString());
        assertTrue(landed.path("error").isMissingNode(), landed.toString());
        String code = landed.path("code").asString();
        assertFalse(code.isEmpty(), landed.toString());

        String token = exchange(authorization, code);
        assertEquals("bob", creatorOfNewIssue(token));
    }

    @Test
    void denyThenClientGetsAccessDeniedWithItsStateAndJiraIsNeverAsked() throws Exception {
        Authorization authorization = authorize("Consent Browser Deny Client");
        JsonNode result = browse(authorization, "deny", null);

        assertEquals("Consent Browser Deny Client", result.path("consent").path("clientName").asString());
        JsonNode landed = result.path("landed").path("query");
        assertEquals("access_denied", landed.path("error").asString(), landed.toString());
        assertEquals(authorization.state(), landed.path("state").asString());
        assertEquals(Servers.PROXY, landed.path("iss").asString());
        assertTrue(landed.path("code").isMissingNode(), landed.toString());
        assertTrue(StreamSupport.stream(JiraSimulatorControl.requests().spliterator(), false)
                .noneMatch(r -> r.path("path").asString().startsWith("/rest/oauth2/")
                        || r.path("path").asString().equals("/login")), "Jira was asked after a denial");
    }

    @Test
    void hostileClientNameThenShownAsTextAndNothingRuns() throws Exception {
        String hostile = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>Evil";
        Authorization authorization = authorize(hostile);
        JsonNode result = browse(authorization, "none", NodeTools.LOGS.resolveSibling("consent-page-hostile.png"));

        JsonNode consent = result.path("consent");
        assertEquals(hostile, consent.path("clientName").asString());
        assertEquals(0, consent.path("clientNameChildren").asInt(), "the name became markup");
        assertEquals(0, consent.path("images").asInt());
        assertEquals(0, consent.path("scripts").asInt());
        assertTrue(consent.path("text").asString().contains("Authorize " + hostile + "?"),
                consent.path("text").asString());
        assertTrue(result.path("pwned").isNull(), "window.__pwned = " + result.path("pwned"));
        assertTrue(result.path("dialogs").isEmpty(), result.path("dialogs").toString());
        assertTrue(result.path("pageErrors").isEmpty(), result.path("pageErrors").toString());
        // inert by its encoding, not only by the page's Content-Security-Policy: nothing was there to block
        assertTrue(strings(result.path("console")).stream().noneMatch(m -> m.contains("Content Security Policy")),
                result.path("console").toString());
    }

    /** Registers a client by DCR with a loopback redirect URI on a free port; answers its authorization request. */
    private static Authorization authorize(String clientName) throws Exception {
        String redirectUri = "http://127.0.0.1:" + freePort() + "/callback";
        ObjectNode metadata = JSON.createObjectNode().put("client_name", clientName)
                .put("token_endpoint_auth_method", "none");
        metadata.putArray("redirect_uris").add(redirectUri);
        metadata.putArray("grant_types").add("authorization_code").add("refresh_token");
        HttpResponse<String> registered = HTTP.send(HttpRequest.newBuilder(URI.create(Servers.PROXY
                + "/oauth/register")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(metadata))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, registered.statusCode(), registered.body());
        String clientId = JSON.readTree(registered.body()).path("client_id").asString();

        String verifier = random();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest
                .getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String state = random();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", clientId);
        query.put("redirect_uri", redirectUri);
        query.put("scope", "read write");
        query.put("state", state);
        query.put("code_challenge", challenge);
        query.put("code_challenge_method", "S256");
        query.put("resource", Servers.PROXY + "/mcp");
        return new Authorization(clientId, redirectUri, verifier, state, Servers.PROXY + "/oauth/authorize?"
                + form(query));
    }

    /** Runs the browser on the authorization URL with the given decision; answers what it saw and where it landed. */
    private static JsonNode browse(Authorization authorization, String decision, Path screenshot) throws Exception {
        String name = "consent-browser-" + decision;
        Path request = NodeTools.LOGS.resolve(name + "-request.json");
        Path result = NodeTools.LOGS.resolve(name + "-result.json");
        Files.createDirectories(NodeTools.LOGS);
        Files.deleteIfExists(result);
        ObjectNode input = JSON.createObjectNode().put("authorizeUrl", authorization.url())
                .put("redirectUri", authorization.redirectUri()).put("decision", decision).put("user", "bob")
                .put("password", "bob").put("chromium", CHROMIUM.toString());
        if (screenshot != null) {
            input.put("screenshot", screenshot.toString());
        }
        Files.writeString(request, JSON.writeValueAsString(input));
        NodeTools.Run run = NodeTools.run(List.of(node, "consent-browser.mjs", request.toString(), result.toString()),
                null, TIMEOUT, NodeTools.LOGS.resolve(name + ".log"), "Could not start " + node + ".");
        assertTrue(Files.isRegularFile(result), "consent-browser.mjs wrote no result:\n" + run.tail(40));
        JsonNode answer = JSON.readTree(result.toFile());
        assertEquals(0, run.exitCode(), "consent-browser.mjs failed: " + answer.path("error").asString()
                + "\n" + run.tail(20));
        assertTrue(answer.path("error").isNull(), answer.path("error").toString());
        return answer;
    }

    /** The token endpoint: the code with its PKCE verifier, for this MCP server (RFC 8707). */
    private static String exchange(Authorization authorization, String code) throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", code);
        parameters.put("redirect_uri", authorization.redirectUri());
        parameters.put("client_id", authorization.clientId());
        parameters.put("code_verifier", authorization.verifier());
        parameters.put("resource", Servers.PROXY + "/mcp");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Servers.PROXY + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        JsonNode tokens = JSON.readTree(response.body());
        assertEquals("bearer", tokens.path("token_type").asString().toLowerCase(java.util.Locale.ROOT));
        assertEquals("read write", tokens.path("scope").asString());
        return tokens.path("access_token").asString();
    }

    /** An MCP session with the token (the MCP Java SDK's client); answers who Jira says created the new issue. */
    private static String creatorOfNewIssue(String accessToken) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(Servers.PROXY)
                .endpoint("/mcp").requestBuilder(HttpRequest.newBuilder()
                        .header("Authorization", "Bearer " + accessToken)).build();
        try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build()) {
            client.initialize();
            CallToolResult result = client.callTool(new CallToolRequest("jira_create_issue", Map.of("project_key",
                    "DEMO", "issue_type", "Task", "summary", "Made after consenting in a browser")));
            assertFalse(result.isError(), ((TextContent) result.content().get(0)).text());
            String key = ((Map<?, ?>) result.structuredContent()).get("key").toString();
            return JiraSimulatorControl.issue(key).path("creator").asString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
