package org.mcpgate.conformance;

import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.BlobResourceContents;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceContents;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mcpgate.mcp.FeatureGroup;

/** A text, a binary and a subscribable resource, and a resource template whose reads echo their parameter. */
@ApplicationScoped
public class ConformanceResources implements FeatureGroup {

    private static final String TEMPLATE = "test://template/{id}/data";
    private static final Pattern TEMPLATE_URI = Pattern.compile("test://template/([^/]+)/data");

    @Override
    public List<SyncToolSpecification> tools() {
        return List.of();
    }

    @Override
    public List<SyncResourceSpecification> resources() {
        return List.of(
                resource("test://static-text", "Static text", "text/plain",
                        new TextResourceContents("test://static-text", "text/plain",
                                "This is the content of the static text resource.")),
                resource("test://static-binary", "Static binary", "image/png",
                        new BlobResourceContents("test://static-binary", "image/png", SampleMedia.RED_PIXEL_PNG)),
                resource("test://watched-resource", "Watched", "text/plain",
                        new TextResourceContents("test://watched-resource", "text/plain",
                                "This resource can be subscribed to.")));
    }

    @Override
    public List<SyncResourceTemplateSpecification> resourceTemplates() {
        ResourceTemplate template = ResourceTemplate.builder(TEMPLATE, "Template data")
                .description("JSON data for the id in the URI.").mimeType("application/json").build();
        return List.of(new SyncResourceTemplateSpecification(template, (exchange, request) -> {
            Matcher uri = TEMPLATE_URI.matcher(request.uri());
            if (!uri.matches()) {
                throw new IllegalArgumentException("Not a URI of " + TEMPLATE + ": " + request.uri());
            }
            String id = uri.group(1);
            return new ReadResourceResult(List.of(new TextResourceContents(request.uri(), "application/json",
                    "{\"id\":\"" + id + "\",\"templateTest\":true,\"data\":\"Data for ID: " + id + "\"}")));
        }));
    }

    private static SyncResourceSpecification resource(String uri, String name, String mimeType,
            ResourceContents contents) {
        Resource resource = Resource.builder(uri, name).description(name + " resource for the conformance suite.")
                .mimeType(mimeType).build();
        return new SyncResourceSpecification(resource,
                (exchange, request) -> new ReadResourceResult(List.of(contents)));
    }
}
