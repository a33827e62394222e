package org.mcpgate.config;

/** All settings of a running mcpgate, validated. */
public record Settings(JiraSettings jira, EdgeSettings edge) {
}
