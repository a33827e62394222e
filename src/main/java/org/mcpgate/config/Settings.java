package org.mcpgate.config;

/** All settings of a running mcpgate, validated. */
public record Settings(JiraSettings jira, EdgeSettings edge, ProxySettings proxy, ToolPolicy tools) {

    /** Settings without the OAuth proxy, offering every tool. */
    public Settings(JiraSettings jira, EdgeSettings edge) {
        this(jira, edge, ProxySettings.DISABLED, ToolPolicy.ALL);
    }
}
