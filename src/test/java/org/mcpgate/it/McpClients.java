package org.mcpgate.it;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

/** The MCP Java SDK's own client, over either transport, as a real MCP client would connect. */
enum McpClients {

    STREAMABLE_HTTP {
        @Override
        McpClientTransport transport(String deployment, HttpRequest.Builder request) {
            return HttpClientStreamableHttpTransport.builder(Servers.MCPGATE).endpoint(deployment + "/mcp")
                    .requestBuilder(request).build();
        }
    },
    SSE {
        @Override
        McpClientTransport transport(String deployment, HttpRequest.Builder request) {
            return HttpClientSseClientTransport.builder(Servers.MCPGATE).sseEndpoint(deployment + "/sse")
                    .requestBuilder(request).build();
        }
    };

    abstract McpClientTransport transport(String deployment, HttpRequest.Builder request);

    /** A session with the main deployment (server-wide PAT). */
    McpSyncClient connect() {
        return connect("", Map.of());
    }

    /** A session with the deployment at {@code deployment} (e.g. "/multi-user"), sending these headers. */
    McpSyncClient connect(String deployment, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder();
        headers.forEach(request::header);
        McpSyncClient client = McpClient.sync(transport(deployment, request)).requestTimeout(Duration.ofSeconds(60))
                .build();
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
