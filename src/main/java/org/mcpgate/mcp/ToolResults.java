package org.mcpgate.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import org.mcpgate.atlassian.Json;
import tools.jackson.databind.JsonNode;

/** The shapes a tool answers in: compact JSON for reads, a short confirmation for writes, text for errors. */
public final class ToolResults {

    private ToolResults() {
    }

    /** A read result: one compact JSON text block, which is what the model reads. */
    public static CallToolResult json(JsonNode value) {
        return CallToolResult.builder().addTextContent(Json.write(value)).isError(false).build();
    }

    /**
     * A write result: a sentence for the model and the few facts (key, link) as structured content, so a client
     * can link to what was changed without parsing the sentence.
     */
    public static CallToolResult confirmation(String sentence, Map<String, Object> facts) {
        return CallToolResult.builder().addTextContent(sentence).structuredContent(facts).isError(false).build();
    }

    public static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }
}
