package org.mcpgate.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mcpgate.atlassian.UpstreamException;
import org.mcpgate.atlassian.auth.AuthenticationRequired;
import org.mcpgate.atlassian.auth.Caller;

/**
 * Runs a tool handler so that nothing but an actionable message reaches the client: bad arguments and
 * Jira's refusals become tool errors; anything unexpected is logged here with a reference the client is given.
 */
final class ToolGuard {

    private static final Logger LOG = Logger.getLogger(ToolGuard.class.getName());

    private ToolGuard() {
    }

    static CallToolResult call(String tool, Set<String> accepted, Map<String, Object> arguments, Caller caller,
            Function<ToolCall, CallToolResult> handler) {
        try {
            if (arguments != null) {
                for (String name : arguments.keySet()) {
                    if (!accepted.contains(name)) {
                        return ToolResults.error("Unknown argument '" + name + "' for " + tool
                                + "; it accepts: " + String.join(", ", accepted) + ".");
                    }
                }
            }
            return handler.apply(new ToolCall(tool, arguments, caller));
        } catch (ToolInputException | UpstreamException | AuthenticationRequired e) {
            return ToolResults.error(e.getMessage());
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Tool " + tool + " failed, reference " + reference, e);
            return ToolResults.error("mcpgate failed while running " + tool + " (reference " + reference
                    + "); the server administrator can find the details in the server log.");
        }
    }
}
