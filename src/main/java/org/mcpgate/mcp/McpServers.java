package org.mcpgate.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mcpgate.config.ToolPolicy;
import org.mcpgate.config.Version;

/**
 * Builds an MCP server over a transport with every {@link FeatureGroup} the deployment has. Handlers run on
 * the servlet request thread ({@code immediateExecution}), where CDI, JPA and JNDI work.
 */
@ApplicationScoped
public class McpServers {

    static final String NAME = "mcpgate";
    private static final String INSTRUCTIONS = "Tools for Jira Data Center. Find issues with jira_search (JQL),"
            + " read one with jira_get_issue, and write text in Markdown: mcpgate converts it for Jira.";

    @Inject
    Instance<FeatureGroup> groups;

    @Inject
    ToolPolicy policy;

    public McpSyncServer streamable(McpStreamableServerTransportProvider transport) {
        return configure(McpServer.sync(transport));
    }

    public McpSyncServer sse(McpServerTransportProvider transport) {
        return configure(McpServer.sync(transport));
    }

    /** The group's tools this deployment offers: the others are not registered, so a call by name is unknown. */
    private List<SyncToolSpecification> offered(FeatureGroup group) {
        return group.tools().stream().filter(spec -> policy.offers(spec.tool().name(), group.toolset(),
                spec.tool().annotations() != null && Boolean.TRUE.equals(spec.tool().annotations().readOnlyHint())))
                .toList();
    }

    /** The tools that change something (not marked read-only): calling one takes the {@code write} scope. */
    public Set<String> writeTools() {
        return groups.stream().flatMap(g -> g.tools().stream()).map(spec -> spec.tool())
                .filter(tool -> tool.annotations() == null || !Boolean.TRUE.equals(tool.annotations().readOnlyHint()))
                .map(tool -> tool.name()).collect(Collectors.toUnmodifiableSet());
    }

    private McpSyncServer configure(McpServer.SyncSpecification<?> spec) {
        List<FeatureGroup> all = groups.stream().toList();
        boolean hasPrompts = all.stream().anyMatch(g -> !g.prompts().isEmpty());
        boolean hasResources = all.stream().anyMatch(g -> !g.resources().isEmpty()
                || !g.resourceTemplates().isEmpty());
        boolean hasCompletions = all.stream().anyMatch(g -> !g.completions().isEmpty());
        ServerCapabilities.Builder capabilities = ServerCapabilities.builder().tools(false).logging();
        if (hasPrompts) {
            capabilities.prompts(false);
        }
        if (hasResources) {
            capabilities.resources(true, false);
        }
        if (hasCompletions) {
            capabilities.completions();
        }
        spec.serverInfo(NAME, Version.CURRENT)
                .instructions(INSTRUCTIONS)
                .jsonMapper(McpJsonDefaults.getMapper())
                .capabilities(capabilities.build())
                .immediateExecution(true)
                // ToolCall checks arguments with messages a model can act on, and accepts the JSON-in-a-string
                // forms mcp-atlassian's users send; the SDK's schema check would refuse those with a generic error.
                .validateToolInputs(false);
        for (FeatureGroup group : all) {
            spec.tools(offered(group));
            spec.prompts(group.prompts());
            spec.resources(group.resources());
            spec.resourceTemplates(group.resourceTemplates());
            spec.completions(group.completions());
        }
        return spec.build();
    }
}
