package org.mcpgate.config;

/** The configuration keys, named as mcp-atlassian names them where it has them, so its users can switch. */
public final class ConfigKeys {

    public static final String JIRA_URL = "JIRA_URL";
    public static final String JIRA_PERSONAL_TOKEN = "JIRA_PERSONAL_TOKEN";
    public static final String JIRA_USERNAME = "JIRA_USERNAME";
    public static final String JIRA_API_TOKEN = "JIRA_API_TOKEN";
    public static final String JIRA_SSL_VERIFY = "JIRA_SSL_VERIFY";
    public static final String JIRA_TIMEOUT = "JIRA_TIMEOUT";

    public static final String ALLOWED_HOSTS = "MCPGATE_ALLOWED_HOSTS";
    public static final String ALLOWED_ORIGINS = "MCPGATE_ALLOWED_ORIGINS";
    public static final String MAX_REQUEST_BYTES = "MCPGATE_MAX_REQUEST_BYTES";

    private ConfigKeys() {
    }
}
