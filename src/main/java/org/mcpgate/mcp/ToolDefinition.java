package org.mcpgate.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Declares one tool: its name, description, input schema (strict: unknown arguments are refused) and
 * annotations, and wraps its handler in {@link ToolGuard} so every failure becomes a tool error a model can act on.
 */
public final class ToolDefinition {

    private final String name;
    private final String title;
    private final String description;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();
    private ToolAnnotations annotations;

    private ToolDefinition(String name, String title, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
    }

    public static ToolDefinition tool(String name, String title, String description) {
        return new ToolDefinition(name, title, description);
    }

    public ToolDefinition text(String param, String description, boolean isRequired) {
        return param(param, Map.of("type", "string", "description", description), isRequired);
    }

    public ToolDefinition integer(String param, String description, int defaultValue, int min, int max) {
        return param(param, Map.of("type", "integer", "description", description, "default", defaultValue,
                "minimum", min, "maximum", max), false);
    }

    public ToolDefinition object(String param, String description, boolean isRequired) {
        return param(param, Map.of("type", "object", "description", description), isRequired);
    }

    public ToolDefinition names(String param, String description) {
        return param(param, Map.of("type", "array", "items", Map.of("type", "string"), "description",
                description), false);
    }

    private ToolDefinition param(String param, Map<String, Object> schema, boolean isRequired) {
        properties.put(param, schema);
        if (isRequired) {
            required.add(param);
        }
        return this;
    }

    /** Reads Jira and changes nothing. */
    public ToolDefinition readOnly() {
        annotations = new ToolAnnotations(title, true, false, true, true, null);
        return this;
    }

    /** Changes Jira; {@code destructive} when it can lose or overwrite data, {@code idempotent} when repeats are harmless. */
    public ToolDefinition writes(boolean destructive, boolean idempotent) {
        annotations = new ToolAnnotations(title, false, destructive, idempotent, true, null);
        return this;
    }

    public SyncToolSpecification handledBy(Function<ToolCall, CallToolResult> handler) {
        Objects.requireNonNull(annotations, "say whether " + name + " reads or writes");
        Map<String, Object> schema = InputSchemas.strictObject(properties, required);
        Tool tool = Tool.builder().name(name).title(title).description(description).inputSchema(schema)
                .annotations(annotations).build();
        TreeSet<String> accepted = new TreeSet<>(properties.keySet());
        return new SyncToolSpecification(tool, (exchange, request) -> ToolGuard.call(name, accepted,
                request.arguments(), CallerContext.of(exchange.transportContext()), handler));
    }
}
