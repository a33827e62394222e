package org.mcpgate.mcp.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ErrorBodyFilterTest {

    @Test
    void serialisedExceptionThenOnlyItsSentencePassesWhenSafe() {
        String sdkBody = "{\"jsonRpcError\":{\"code\":-32600,\"message\":\"Session ID required in mcp-session-id"
                + " header\"},\"stackTrace\":[{\"className\":\"io.modelcontextprotocol.X\"}],"
                + "\"message\":\"io.modelcontextprotocol.spec.McpError: boom\"}";
        String message = ErrorBodyFilter.messageIn(sdkBody);
        assertEquals("Session ID required in mcp-session-id header", ErrorBodyFilter.safeMessage(400, message));
    }

    @Test
    void traceLikeMessagesAreReplacedByTheStatusDefault() {
        assertEquals("Bad request.", ErrorBodyFilter.safeMessage(400,
                "java.lang.IllegalStateException: x\n\tat org.Foo.bar(Foo.java:1)"));
        assertEquals("Session not found: start a new session with initialize.",
                ErrorBodyFilter.safeMessage(404, "com.fasterxml.jackson.databind.JsonMappingException"));
        assertEquals("Request failed (HTTP 418).", ErrorBodyFilter.safeMessage(418, null));
    }

    @Test
    void nonJsonBodiesCarryNoMessage() {
        assertNull(ErrorBodyFilter.messageIn("<html>Error 500</html>"));
    }
}
