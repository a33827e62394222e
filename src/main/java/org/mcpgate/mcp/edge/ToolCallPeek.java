package org.mcpgate.mcp.edge;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mcpgate.atlassian.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The name of the tool a JSON-RPC POST calls, read before the transport does, with the request re-readable
 * afterwards. Reading stops at {@code maxBytes}: a larger body is passed on whole and left to the transport's limit.
 */
record ToolCallPeek(HttpServletRequest request, Optional<String> toolName) {

    static ToolCallPeek of(HttpServletRequest request, int maxBytes) throws IOException {
        if (!request.getMethod().equals("POST")) {
            return new ToolCallPeek(request, Optional.empty());
        }
        byte[] head = request.getInputStream().readNBytes(maxBytes + 1);
        Buffered buffered = new Buffered(request, head);
        if (head.length > maxBytes) {
            return new ToolCallPeek(buffered, Optional.empty());
        }
        return new ToolCallPeek(buffered, toolOf(head));
    }

    private static Optional<String> toolOf(byte[] body) {
        try {
            JsonNode message = Json.MAPPER.readTree(body);
            if (message != null && "tools/call".equals(message.path("method").asString(""))) {
                return Optional.of(message.path("params").path("name").asString(""));
            }
        } catch (JacksonException e) {
            // not JSON: the transport answers with its parse error
        }
        return Optional.empty();
    }

    /** The request with its body served from what was read, followed by whatever was not. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final ByteArrayInputStream head;
        private final ServletInputStream rest;

        Buffered(HttpServletRequest request, byte[] head) throws IOException {
            super(request);
            this.head = new ByteArrayInputStream(head);
            this.rest = request.getInputStream();
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    int b = head.read();
                    return b >= 0 ? b : rest.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = head.read(buffer, offset, length);
                    return n > 0 ? n : rest.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return head.available() == 0 && rest.isFinished();
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("mcpgate's MCP transports read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
