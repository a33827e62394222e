package org.mcpgate.mcp.edge;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.mcpgate.atlassian.Json;
import tools.jackson.databind.node.ObjectNode;

/** Writes an HTTP error as a JSON-RPC error object, the form MCP clients parse and show. */
final class JsonRpcErrorResponse {

    static final int INVALID_REQUEST = -32600;

    private JsonRpcErrorResponse() {
    }

    static String body(int code, String message) {
        ObjectNode body = Json.object().put("jsonrpc", "2.0").putNull("id");
        body.putObject("error").put("code", code).put("message", message);
        return Json.write(body);
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] bytes = body(INVALID_REQUEST, message).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
