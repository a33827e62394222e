package org.mcpgate.conformance;

import static org.mcpgate.conformance.FixtureTool.answer;
import static org.mcpgate.conformance.FixtureTool.argument;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.CreateMessageRequest;
import io.modelcontextprotocol.spec.McpSchema.CreateMessageResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.SamplingMessage;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.mcpgate.mcp.FeatureGroup;

/**
 * Tools that send the client a request of its own while they run, and answer with what came back: an LLM sampling
 * request, and elicitation forms (plain, with defaults per SEP-1034, and with every enum form of SEP-1330).
 */
@ApplicationScoped
public class ClientRequestTools implements FeatureGroup {

    @Override
    public List<SyncToolSpecification> tools() {
        return List.of(
                FixtureTool.named("test_sampling", "Asks the client's LLM to answer the prompt.")
                        .text("prompt", "The prompt to send to the LLM.")
                        .answering(ClientRequestTools::sample),
                FixtureTool.named("test_elicitation", "Asks the user for a username and an email address.")
                        .text("message", "The message to show the user.")
                        .answering((exchange, request) -> elicit(exchange, argument(request, "message"),
                                ElicitationForms.contact())),
                FixtureTool.named("test_elicitation_sep1034_defaults",
                        "Asks the user to confirm a form whose fields all have default values.")
                        .answering((exchange, request) -> elicit(exchange, "Please confirm or change these values.",
                                ElicitationForms.withDefaults())),
                FixtureTool.named("test_elicitation_sep1330_enums",
                        "Asks the user to choose in single- and multi-select lists, titled and untitled.")
                        .answering((exchange, request) -> elicit(exchange, "Please choose your options.",
                                ElicitationForms.enums())));
    }

    private static CallToolResult sample(McpSyncServerExchange exchange, CallToolRequest request) {
        if (exchange.getClientCapabilities() == null || exchange.getClientCapabilities().sampling() == null) {
            return refuse("This client does not offer sampling; connect with the sampling capability.");
        }
        CreateMessageRequest ask = CreateMessageRequest.builder(List.of(new SamplingMessage(Role.USER,
                new TextContent(argument(request, "prompt")))), 100).build();
        CreateMessageResult reply = exchange.createMessage(ask);
        String text = reply.content() instanceof TextContent content ? content.text() : String.valueOf(reply.content());
        return answer("LLM response: " + text);
    }

    private static CallToolResult elicit(McpSyncServerExchange exchange, String message, Map<String, Object> form) {
        if (exchange.getClientCapabilities() == null || exchange.getClientCapabilities().elicitation() == null) {
            return refuse("This client does not offer elicitation; connect with the elicitation capability.");
        }
        ElicitResult reply = exchange.createElicitation(ElicitRequest.builder(message, form).build());
        return answer("User response: action=" + reply.action() + ", content=" + reply.content());
    }

    private static CallToolResult refuse(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }
}
