package org.mcpgate.it;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** The MCP Java SDK's own client, over either transport, as a real MCP client would connect. */
enum McpClients {

    STREAMABLE_HTTP(() -> HttpClientStreamableHttpTransport.builder(Servers.MCPGATE).endpoint("/mcp").build()),
    SSE(() -> HttpClientSseClientTransport.builder(Servers.MCPGATE).sseEndpoint("/sse").build());

    private final Supplier<McpClientTransport> transport;

    McpClients(Supplier<McpClientTransport> transport) {
        this.transport = transport;
    }

    McpSyncClient connect() {
        McpSyncClient client = McpClient.sync(transport.get()).requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
        return client;
    }

    static CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(new CallToolRequest(tool, arguments));
    }

    static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }
}
