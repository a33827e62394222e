package org.mcpgate.conformance;

import org.mcpgate.mcp.InputSchemas;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Declares one conformance fixture tool: a strict input schema (required string parameters, no others) and a
 * handler that gets the exchange, since fixtures talk back to the client (logging, progress, sampling, elicitation).
 */
final class FixtureTool {

    private final String name;
    private final String description;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();

    private FixtureTool(String name, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
    }

    static FixtureTool named(String name, String description) {
        return new FixtureTool(name, description);
    }

    /** A required string parameter. */
    FixtureTool text(String param, String paramDescription) {
        properties.put(param, Map.of("type", "string", "description", paramDescription));
        required.add(param);
        return this;
    }

    SyncToolSpecification answering(BiFunction<McpSyncServerExchange, CallToolRequest, CallToolResult> handler) {
        return withSchema(InputSchemas.strictObject(properties, required), handler);
    }

    /** For a fixture whose point is the schema itself. */
    SyncToolSpecification withSchema(Map<String, Object> schema,
            BiFunction<McpSyncServerExchange, CallToolRequest, CallToolResult> handler) {
        return new SyncToolSpecification(Tool.builder(name, schema).description(description).build(), handler);
    }

    /** A required string argument, or an exception that names what is missing. */
    static String argument(CallToolRequest request, String name) {
        Object value = request.arguments() == null ? null : request.arguments().get(name);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new IllegalArgumentException(request.name() + " needs the string argument '" + name + "'");
    }

    static CallToolResult answer(Content... content) {
        return CallToolResult.builder().content(List.of(content)).isError(false).build();
    }

    static CallToolResult answer(String text) {
        return answer(new TextContent(text));
    }
}
