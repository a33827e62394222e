package org.mcpgate.conformance;

import static org.mcpgate.conformance.FixtureTool.answer;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;
import io.modelcontextprotocol.spec.McpSchema.LoggingMessageNotification;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mcpgate.mcp.FeatureGroup;

/** Tools that send notifications while they run: log messages, and progress when the caller asked for it. */
@ApplicationScoped
public class NotifyingTools implements FeatureGroup {

    /** The pause between two notifications, so a client sees them arrive one by one. */
    private static final long STEP_MILLIS = 50;

    @Override
    public List<SyncToolSpecification> tools() {
        return List.of(
                FixtureTool.named("test_tool_with_logging", "Logs three messages at info level while it runs.")
                        .answering(NotifyingTools::logThreeSteps),
                FixtureTool.named("test_tool_with_progress",
                        "Reports progress 0, 50 and 100 of 100 when the request carries a progress token.")
                        .answering(NotifyingTools::reportProgress));
    }

    private static CallToolResult logThreeSteps(McpSyncServerExchange exchange, CallToolRequest request) {
        log(exchange, "Tool execution started");
        pause();
        log(exchange, "Tool processing data");
        pause();
        log(exchange, "Tool execution completed");
        return answer("Logged three messages.");
    }

    private static CallToolResult reportProgress(McpSyncServerExchange exchange, CallToolRequest request) {
        Object token = request.progressToken();
        for (int done = 0; done <= 100; done += 50) {
            if (token != null) {
                exchange.progressNotification(ProgressNotification.builder(token, done).total(100.0).build());
            }
            if (done < 100) {
                pause();
            }
        }
        return answer(token == null ? "Done, without progress: the request had no progress token."
                : "Done, with progress reported.");
    }

    private static void log(McpSyncServerExchange exchange, String message) {
        exchange.loggingNotification(LoggingMessageNotification.builder(LoggingLevel.INFO, message)
                .logger("conformance").build());
    }

    private static void pause() {
        try {
            Thread.sleep(STEP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
