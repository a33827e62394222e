package org.mcpgate.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import java.util.List;

/**
 * A group of MCP features (tools, and where a group has them, prompts and resources) that the server offers.
 * Every CDI bean implementing it is picked up when the MCP server is built; product groups such as the Jira
 * issue tools only override {@link #tools()}.
 */
public interface FeatureGroup {

    List<SyncToolSpecification> tools();

    /** The toolset its tools belong to, as TOOLSETS names it (mcp-atlassian's names, e.g. {@code jira_issues}). */
    default String toolset() {
        return "";
    }

    default List<SyncPromptSpecification> prompts() {
        return List.of();
    }

    default List<SyncResourceSpecification> resources() {
        return List.of();
    }

    default List<SyncResourceTemplateSpecification> resourceTemplates() {
        return List.of();
    }

    default List<SyncCompletionSpecification> completions() {
        return List.of();
    }
}
