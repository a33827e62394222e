package org.mcpgate.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which tools this deployment offers (TOOLSETS, ENABLED_TOOLS, READ_ONLY_MODE, named as mcp-atlassian names them).
 * A tool outside the policy is neither listed nor callable: called by name, it is an unknown tool.
 *
 * @param toolsets the toolsets offered, or empty for all
 * @param enabledTools the tools offered, or empty for all (within the toolsets)
 * @param readOnly only tools that change nothing
 * @param projects the only Jira projects tools may read or change (JIRA_PROJECTS_FILTER), or empty for all
 */
public record ToolPolicy(Optional<Set<String>> toolsets, Optional<Set<String>> enabledTools, boolean readOnly,
        List<String> projects) {

    /** Every toolset mcpgate knows; {@code all} names them all. */
    public static final List<String> TOOLSETS = List.of("jira_issues", "jira_fields", "jira_comments",
            "jira_transitions", "jira_projects", "jira_agile", "jira_links", "jira_worklog", "jira_attachments",
            "jira_users", "jira_watchers", "jira_service_desk", "jira_metrics", "jira_development",
            "jira_project_analysis");
    /** What {@code default} names: the everyday core, kept small because clients cap the number of tools. */
    public static final List<String> DEFAULT_TOOLSETS = List.of("jira_issues", "jira_fields", "jira_comments",
            "jira_transitions");
    /** Everything offered. */
    public static final ToolPolicy ALL = new ToolPolicy(Optional.empty(), Optional.empty(), false, List.of());

    public ToolPolicy {
        toolsets = toolsets.map(Set::copyOf);
        enabledTools = enabledTools.map(Set::copyOf);
        projects = List.copyOf(projects);
    }

    /**
     * @param toolset the tool's toolset; tools of no toolset (test fixtures) are bound only by the other rules
     * @param changesNothing whether the tool is marked read-only
     */
    public boolean offers(String name, String toolset, boolean changesNothing) {
        return (toolset.isEmpty() || toolsets.map(sets -> sets.contains(toolset)).orElse(true))
                && enabledTools.map(tools -> tools.contains(name)).orElse(true)
                && (changesNothing || !readOnly);
    }
}
