package org.mcpgate.conformance;

import static org.mcpgate.conformance.FixtureTool.answer;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.AudioContent;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.EmbeddedResource;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.mcpgate.mcp.FeatureGroup;

/**
 * Tools that answer with each kind of content a tool result can carry (text, image, audio, embedded resource, all
 * at once), one that fails as a tool, and one whose input schema uses JSON Schema 2020-12 keywords.
 */
@ApplicationScoped
public class ContentTools implements FeatureGroup {

    @Override
    public List<SyncToolSpecification> tools() {
        return List.of(
                FixtureTool.named("test_simple_text", "Answers with one text block.")
                        .answering((exchange, request) -> answer("This is a simple text response for testing.")),
                FixtureTool.named("test_image_content", "Answers with a 1x1 PNG image.")
                        .answering((exchange, request) -> answer(image())),
                FixtureTool.named("test_audio_content", "Answers with a short WAV clip.")
                        .answering((exchange, request) -> answer(new AudioContent(null, SampleMedia.SILENT_WAV,
                                "audio/wav"))),
                FixtureTool.named("test_embedded_resource", "Answers with an embedded text resource.")
                        .answering((exchange, request) -> answer(embedded("test://embedded-resource", "text/plain",
                                "This is an embedded resource content."))),
                FixtureTool.named("test_multiple_content_types", "Answers with text, an image and a resource.")
                        .answering((exchange, request) -> answer(new TextContent("Multiple content types test:"),
                                image(), embedded("test://mixed-content-resource", "application/json",
                                        "{\"test\":\"data\",\"value\":123}"))),
                FixtureTool.named("test_error_handling", "Always fails, as a tool error (isError).")
                        .answering((exchange, request) -> CallToolResult.builder()
                                .addTextContent("This tool intentionally returns an error for testing")
                                .isError(true).build()),
                FixtureTool.named("json_schema_2020_12_tool", "Takes a name and an address defined under $defs.")
                        .withSchema(schema2020(),
                                (exchange, request) -> answer("Received " + request.arguments() + ".")));
    }

    private static ImageContent image() {
        return new ImageContent(null, SampleMedia.RED_PIXEL_PNG, "image/png");
    }

    private static EmbeddedResource embedded(String uri, String mimeType, String text) {
        return new EmbeddedResource(null, new TextResourceContents(uri, mimeType, text));
    }

    /** SEP-1613: {@code $schema}, {@code $defs} and {@code $ref} must reach the client as written. */
    private static Map<String, Object> schema2020() {
        Map<String, Object> text = Map.of("type", "string");
        return Map.of("$schema", "https://json-schema.org/draft/2020-12/schema",
                "type", "object",
                "$defs", Map.of("address", Map.of("type", "object",
                        "properties", Map.of("street", text, "city", text))),
                "properties", Map.of("name", text, "address", Map.of("$ref", "#/$defs/address")),
                "additionalProperties", false);
    }
}
