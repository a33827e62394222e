package org.mcpgate.config;

/** All settings of a running mcpgate, validated. */
public record Settings(JiraSettings jira, EdgeSettings edge, ProxySettings proxy) {

    /** Settings without the OAuth proxy. */
    public Settings(JiraSettings jira, EdgeSettings edge) {
        this(jira, edge, ProxySettings.DISABLED);
    }
}
