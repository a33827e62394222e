package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What the MCP edge refuses, at the wire, with the Jersey client: every refusal is a clean JSON-RPC error (no
 * stack trace, no class name) and the server keeps serving.
 */
class EdgeIT {

    private static final Client HTTP = ClientBuilder.newClient();
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"edge-it\","
            + "\"version\":\"1\"}}}";

    @AfterAll
    static void close() {
        HTTP.close();
    }

    private static Invocation.Builder mcp() {
        return HTTP.target(Servers.MCPGATE).path("mcp").request()
                .header("Accept", "application/json, text/event-stream");
    }

    private static String assertCleanError(Response response, int status) {
        String body = response.readEntity(String.class);
        assertEquals(status, response.getStatus(), body);
        assertTrue(body.startsWith("{\"jsonrpc\":\"2.0\""), body);
        for (String leak : new String[] {"Exception", "\tat ", "stackTrace", ".java", "io.modelcontextprotocol"}) {
            assertFalse(body.contains(leak), "leaks '" + leak + "': " + body);
        }
        return body;
    }

    @Test
    void initializeThenSessionIdAndServerInfo() {
        Response response = mcp().post(Entity.json(INITIALIZE));
        String body = response.readEntity(String.class);
        assertEquals(200, response.getStatus(), body);
        assertTrue(response.getHeaderString("Mcp-Session-Id") != null);
        assertTrue(body.contains("\"name\":\"mcpgate\""), body);
    }

    @Test
    void foreignHostThenRefusedAsDnsRebinding() {
        Response response = mcp().header("Host", "evil.example.com").post(Entity.json(INITIALIZE));
        String body = assertCleanError(response, 421);
        assertTrue(body.contains("Host"), body);
    }

    @Test
    void foreignOriginThenForbidden() {
        Response response = mcp().header("Origin", "http://evil.example.com").post(Entity.json(INITIALIZE));
        assertCleanError(response, 403);
    }

    @Test
    void unsupportedProtocolVersionThenBadRequestListingSupportedOnes() {
        Response response = mcp().header("MCP-Protocol-Version", "1999-01-01").post(Entity.json(INITIALIZE));
        String body = assertCleanError(response, 400);
        assertTrue(body.contains("2025-11-25"), body);
    }

    @Test
    void oversizedBodyThenPayloadTooLarge() {
        String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\""
                + "x".repeat(1024 * 1024 + 10) + "\"}}";
        String body = assertCleanError(mcp().post(Entity.json(big)), 413);
        assertTrue(body.contains("1048576"), body);
    }

    @Test
    void malformedJsonThenCleanErrorAndServerStillServes() {
        Response response = mcp().post(Entity.json("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": "));
        assertCleanError(response, 400);
        assertEquals(200, mcp().post(Entity.json(INITIALIZE)).getStatus());
    }

    @Test
    void unknownSessionThenNotFound() {
        Response response = mcp().header("Mcp-Session-Id", "no-such-session").header("MCP-Protocol-Version",
                "2025-06-18").post(Entity.json("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"));
        assertCleanError(response, 404);
    }

    @Test
    void missingSessionThenBadRequest() {
        Response response = mcp().header("MCP-Protocol-Version", "2025-06-18")
                .post(Entity.json("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"));
        assertCleanError(response, 400);
    }
}
