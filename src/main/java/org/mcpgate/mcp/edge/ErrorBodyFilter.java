package org.mcpgate.mcp.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.mcpgate.atlassian.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Rewrites the transport's HTTP error answers into clean JSON-RPC errors. The SDK serialises whole exceptions
 * (stack trace, class names) into some 4xx bodies and leaves others to the server's HTML error page; a client
 * must see neither. Successful answers and streams pass through untouched.
 */
public final class ErrorBodyFilter extends HttpFilter {

    private static final Map<Integer, String> DEFAULT_MESSAGES = Map.of(
            400, "Bad request.", 404, "Session not found: start a new session with initialize.",
            405, "Method not allowed on this endpoint.", 406, "Not acceptable: check the Accept header.",
            413, "Request body too large.", 415, "Content-Type must be application/json.",
            503, "The server is shutting down.");
    /** A message is passed on only when it reads like a sentence, not like a trace or a class name. */
    private static final Pattern UNSAFE = Pattern.compile("(?s).*(\\n|\\tat |Exception|\\.java|\\bat [a-z]+\\.).*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CleanErrors wrapper = new CleanErrors(response);
        chain.doFilter(request, wrapper);
        wrapper.finish();
    }

    static String safeMessage(int status, String candidate) {
        if (candidate != null && !candidate.isBlank() && candidate.length() <= 300
                && !UNSAFE.matcher(candidate).matches()) {
            return candidate.strip();
        }
        return DEFAULT_MESSAGES.getOrDefault(status, "Request failed (HTTP " + status + ").");
    }

    /** The message inside whatever the SDK wrote: a JSON-RPC error, a serialised McpError, or nothing usable. */
    static String messageIn(String body) {
        try {
            JsonNode node = Json.parse(body);
            for (JsonNode candidate : new JsonNode[] {node.path("error").path("message"),
                    node.path("jsonRpcError").path("message"), node.path("message")}) {
                if (candidate.isString()) {
                    return candidate.asString();
                }
            }
        } catch (JacksonException ignored) {
            // not JSON: nothing to pass on
        }
        return null;
    }

    private static final class CleanErrors extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private int status = 200;
        private boolean capturing;
        private boolean answered;
        private PrintWriter writer;

        CleanErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            JsonRpcErrorResponse.write((HttpServletResponse) getResponse(), sc, safeMessage(sc, msg));
            answered = true;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (status < 400) {
                return super.getOutputStream();
            }
            capturing = true;
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("error bodies are written synchronously");
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (status < 400) {
                return super.getWriter();
            }
            capturing = true;
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }

        /** The transport flushes its error body; held back here, it is written clean once the chain returns. */
        @Override
        public void flushBuffer() throws IOException {
            if (!capturing) {
                super.flushBuffer();
            }
        }

        @Override
        public void setContentLength(int len) {
            if (status < 400) {
                super.setContentLength(len);
            }
        }

        void finish() throws IOException {
            if (answered || !capturing) {
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            String written = buffer.toString(StandardCharsets.UTF_8);
            JsonRpcErrorResponse.write((HttpServletResponse) getResponse(), status,
                    safeMessage(status, messageIn(written)));
        }
    }
}
