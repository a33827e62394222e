package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official MCP TypeScript SDK's OAuth client through mcpgate's OAuth proxy ({@code src/test/node/oauth-flow.mjs}):
 * 401, discovery (RFC 9728, RFC 8414), dynamic registration, the person's consent and Jira login as bob, the code
 * exchange, tool calls, and one refresh. Jira must have recorded the tool calls as bob's.
 */
class OAuthProxyTypeScriptIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String node;

    @BeforeAll
    static void nodeAndSdkInstalled() {
        node = NodeTools.systemNode();
        NodeTools.requirePackage("@modelcontextprotocol/sdk");
    }

    @BeforeEach
    void jiraKnowsTheProxyAsAnOAuthClient() {
        JiraSimulatorControl.reset();
        JiraSimulatorControl.oauthClient("{\"client_id\":\"mcpgate-proxy-it\",\"client_secret\":"
                + "\"mcpgate-proxy-it-secret\",\"redirect_uri\":\"" + Servers.PROXY + "/oauth/callback\","
                + "\"scope\":\"WRITE\"}");
    }

    @Test
    void typeScriptSdkOAuthClientThenSignsInAsBobCallsToolsAndRefreshes() throws Exception {
        String marker = "oauth-flow-" + UUID.randomUUID();
        Path report = NodeTools.LOGS.resolve("oauth-flow-report.json");
        Files.deleteIfExists(report);
        NodeTools.Run run = NodeTools.run(List.of(node, "oauth-flow.mjs", Servers.PROXY, report.toString(), "DEMO-1",
                marker, "bob", "bob"), null, TIMEOUT, NodeTools.LOGS.resolve("oauth-flow.log"),
                "Could not start " + node + ".");
        assertTrue(Files.isRegularFile(report), "oauth-flow.mjs wrote no report:\n" + run.tail(40));
        JsonNode steps = JSON.readTree(report.toFile()).path("steps");
        String failed = StreamSupport.stream(steps.spliterator(), false).filter(s -> !s.path("ok").asBoolean())
                .map(s -> s.path("name").asString() + ": " + s.path("detail").asString()).findFirst().orElse("");
        assertEquals(0, run.exitCode(), "oauth-flow.mjs failed: " + (failed.isEmpty() ? run.tail(40) : failed));
        assertEquals(List.of("browser: consent, Jira login and callback give a code",
                "connect without a token: 401, then the SDK discovers, registers and redirects",
                "finishAuth exchanges the code at the token endpoint",
                "connect again with the access token: initialize", "tools/list",
                "tools/call jira_add_comment on DEMO-1", "refresh the tokens once (auth() with the refresh token)",
                "tools/call jira_add_comment with the refreshed token",
                "the second call carried the refreshed access token"),
                StreamSupport.stream(steps.spliterator(), false).map(s -> s.path("name").asString()).toList());
        assertTrue(StreamSupport.stream(steps.spliterator(), false).allMatch(s -> s.path("ok").asBoolean()), failed);

        // Jira has both comments, each made as bob: before and after the refresh, the proxy acted as him.
        List<JsonNode> comments = StreamSupport.stream(JiraSimulatorControl.issue("DEMO-1").path("comments")
                .spliterator(), false).filter(c -> c.path("body").asString().startsWith(marker)).toList();
        assertEquals(2, comments.size(), comments.toString());
        for (JsonNode comment : comments) {
            assertEquals("bob", comment.path("author").asString(), comment.toString());
        }
        // ... through the proxy's own OAuth client at Jira, signed in once as bob (the client's refresh stays at
        // mcpgate), and recorded by Jira as bob's requests.
        assertTrue(StreamSupport.stream(JiraSimulatorControl.oauthTokens().spliterator(), false).anyMatch(t -> t
                .path("type").asString().equals("access") && t.path("client_id").asString().equals("mcpgate-proxy-it")
                && t.path("user").asString().equals("bob")), JiraSimulatorControl.oauthTokens().toString());
        assertEquals(1, JiraSimulatorControl.oauthStats().path("tokenExchanges").asInt());
        List<JsonNode> writes = StreamSupport.stream(JiraSimulatorControl.requests().spliterator(), false)
                .filter(r -> r.path("method").asString().equals("POST")
                        && r.path("path").asString().equals("/rest/api/2/issue/DEMO-1/comment")).toList();
        assertEquals(2, writes.size(), writes.toString());
        writes.forEach(w -> assertEquals("bob", w.path("user").asString(), w.toString()));
    }
}
