package org.mcpgate.config;

/** The configuration keys, named as mcp-atlassian names them where it has them, so its users can switch. */
public final class ConfigKeys {

    public static final String JIRA_URL = "JIRA_URL";
    public static final String JIRA_PERSONAL_TOKEN = "JIRA_PERSONAL_TOKEN";
    public static final String JIRA_USERNAME = "JIRA_USERNAME";
    public static final String JIRA_API_TOKEN = "JIRA_API_TOKEN";
    public static final String JIRA_SSL_VERIFY = "JIRA_SSL_VERIFY";
    public static final String JIRA_TIMEOUT = "JIRA_TIMEOUT";
    public static final String JIRA_CUSTOM_HEADERS = "JIRA_CUSTOM_HEADERS";

    public static final String OAUTH_ACCESS_TOKEN = "ATLASSIAN_OAUTH_ACCESS_TOKEN";
    public static final String OAUTH_CLOUD_ID = "ATLASSIAN_OAUTH_CLOUD_ID";
    public static final String OAUTH_ENABLE = "ATLASSIAN_OAUTH_ENABLE";
    public static final String OAUTH_CLIENT_ID = "ATLASSIAN_OAUTH_CLIENT_ID";
    public static final String OAUTH_CLIENT_SECRET = "ATLASSIAN_OAUTH_CLIENT_SECRET";
    public static final String OAUTH_REDIRECT_URI = "ATLASSIAN_OAUTH_REDIRECT_URI";
    public static final String OAUTH_SCOPE = "ATLASSIAN_OAUTH_SCOPE";
    public static final String OAUTH_AUTHORIZE_URL = "ATLASSIAN_OAUTH_AUTHORIZE_URL";
    public static final String OAUTH_TOKEN_URL = "ATLASSIAN_OAUTH_TOKEN_URL";
    public static final String OAUTH_API_GATEWAY = "ATLASSIAN_OAUTH_API_GATEWAY";
    public static final String ALLOW_GLOBAL_CRED_FALLBACK = "ALLOW_GLOBAL_CRED_FALLBACK";
    public static final String IGNORE_HEADER_AUTH = "IGNORE_HEADER_AUTH";
    public static final String MCP_ALLOWED_URL_DOMAINS = "MCP_ALLOWED_URL_DOMAINS";

    /** The OAuth proxy for MCP clients, named as mcp-atlassian names it. */
    public static final String OAUTH_PROXY_ENABLE = "ATLASSIAN_OAUTH_PROXY_ENABLE";
    public static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";
    public static final String OAUTH_ALLOWED_CLIENT_REDIRECT_URIS = "ATLASSIAN_OAUTH_ALLOWED_CLIENT_REDIRECT_URIS";
    public static final String OAUTH_ALLOWED_GRANT_TYPES = "ATLASSIAN_OAUTH_ALLOWED_GRANT_TYPES";
    public static final String OAUTH_REQUIRE_CONSENT = "ATLASSIAN_OAUTH_REQUIRE_CONSENT";
    public static final String OAUTH_METADATA_PRIVATE_HOSTS = "MCPGATE_OAUTH_METADATA_PRIVATE_HOSTS";
    public static final String OAUTH_REGISTRATIONS_PER_MINUTE = "MCPGATE_OAUTH_REGISTRATIONS_PER_MINUTE";
    public static final String OAUTH_CODE_SECONDS = "MCPGATE_OAUTH_CODE_SECONDS";
    public static final String OAUTH_ACCESS_TOKEN_SECONDS = "MCPGATE_OAUTH_ACCESS_TOKEN_SECONDS";
    public static final String OAUTH_REFRESH_TOKEN_DAYS = "MCPGATE_OAUTH_REFRESH_TOKEN_DAYS";

    /** Which tools are offered, named as mcp-atlassian names them. */
    public static final String TOOLSETS = "TOOLSETS";
    public static final String ENABLED_TOOLS = "ENABLED_TOOLS";
    public static final String READ_ONLY_MODE = "READ_ONLY_MODE";
    public static final String JIRA_PROJECTS_FILTER = "JIRA_PROJECTS_FILTER";

    public static final String ALLOWED_HOSTS = "MCPGATE_ALLOWED_HOSTS";
    public static final String ALLOWED_ORIGINS = "MCPGATE_ALLOWED_ORIGINS";
    public static final String MAX_REQUEST_BYTES = "MCPGATE_MAX_REQUEST_BYTES";

    /** Mutual TLS to Jira: a PEM certificate chain and its unencrypted PKCS#8 key, as mcp-atlassian names them. */
    public static final String JIRA_CLIENT_CERT = "JIRA_CLIENT_CERT";
    public static final String JIRA_CLIENT_KEY = "JIRA_CLIENT_KEY";
    /** Mutual TLS the application-server way: the id of a Liberty {@code <ssl>} element whose key store holds it. */
    public static final String JIRA_SSL_CONFIG = "JIRA_SSL_CONFIG";

    /** Proxies: the per-product names win over the generic ones, which win over their lowercase forms. */
    public static final String JIRA_HTTP_PROXY = "JIRA_HTTP_PROXY";
    public static final String JIRA_HTTPS_PROXY = "JIRA_HTTPS_PROXY";
    public static final String JIRA_NO_PROXY = "JIRA_NO_PROXY";
    public static final String HTTP_PROXY = "HTTP_PROXY";
    public static final String HTTPS_PROXY = "HTTPS_PROXY";
    public static final String NO_PROXY = "NO_PROXY";
    public static final String HTTP_PROXY_LOWERCASE = "http_proxy";
    public static final String HTTPS_PROXY_LOWERCASE = "https_proxy";
    public static final String NO_PROXY_LOWERCASE = "no_proxy";

    private ConfigKeys() {
    }
}
