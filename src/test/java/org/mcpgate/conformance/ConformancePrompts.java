package org.mcpgate.conformance;

import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult.CompleteCompletion;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.EmbeddedResource;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.PromptReference;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.mcpgate.mcp.FeatureGroup;

/** Prompts without and with arguments, with an embedded resource and with an image; completion of their arguments. */
@ApplicationScoped
public class ConformancePrompts implements FeatureGroup {

    private static final String WITH_ARGUMENTS = "test_prompt_with_arguments";
    /** What completion offers for the arguments of {@value #WITH_ARGUMENTS}. */
    private static final List<String> SUGGESTIONS = List.of("paris", "park", "party", "test", "testing");

    @Override
    public List<SyncToolSpecification> tools() {
        return List.of();
    }

    @Override
    public List<SyncPromptSpecification> prompts() {
        return List.of(
                prompt("test_simple_prompt", "A prompt without arguments.", List.of(),
                        request -> List.of(user(new TextContent("This is a simple prompt for testing.")))),
                prompt(WITH_ARGUMENTS, "A prompt that repeats its two arguments.",
                        List.of(required("arg1", "First test argument"), required("arg2", "Second test argument")),
                        request -> List.of(user(new TextContent("Prompt with arguments: arg1='"
                                + argument(request, "arg1") + "', arg2='" + argument(request, "arg2") + "'")))),
                prompt("test_prompt_with_embedded_resource", "A prompt that embeds the resource it is given.",
                        List.of(required("resourceUri", "URI of the resource to embed")),
                        request -> List.of(user(new EmbeddedResource(null, new TextResourceContents(
                                        argument(request, "resourceUri"), "text/plain",
                                        "Embedded resource content for testing."))),
                                user(new TextContent("Please process the embedded resource above.")))),
                prompt("test_prompt_with_image", "A prompt that shows an image.", List.of(),
                        request -> List.of(user(new ImageContent(null, SampleMedia.RED_PIXEL_PNG, "image/png")),
                                user(new TextContent("Please analyze the image above.")))));
    }

    @Override
    public List<SyncCompletionSpecification> completions() {
        return List.of(new SyncCompletionSpecification(new PromptReference(WITH_ARGUMENTS),
                (exchange, request) -> complete(request)));
    }

    private static CompleteResult complete(CompleteRequest request) {
        String typed = request.argument().value() == null ? ""
                : request.argument().value().toLowerCase(Locale.ROOT);
        List<String> values = SUGGESTIONS.stream().filter(s -> s.startsWith(typed)).toList();
        return new CompleteResult(new CompleteCompletion(values, values.size(), false));
    }

    private static SyncPromptSpecification prompt(String name, String description, List<PromptArgument> arguments,
            Function<GetPromptRequest, List<PromptMessage>> messages) {
        return new SyncPromptSpecification(new Prompt(name, description, arguments),
                (exchange, request) -> new GetPromptResult(description, messages.apply(request)));
    }

    private static PromptArgument required(String name, String description) {
        return new PromptArgument(name, description, true);
    }

    private static PromptMessage user(Content content) {
        return new PromptMessage(Role.USER, content);
    }

    private static String argument(GetPromptRequest request, String name) {
        Object value = request.arguments() == null ? null : request.arguments().get(name);
        if (value == null) {
            throw new IllegalArgumentException("The prompt " + request.name() + " needs the argument '" + name + "'.");
        }
        return value.toString();
    }
}
