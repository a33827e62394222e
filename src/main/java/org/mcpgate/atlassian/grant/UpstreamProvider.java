package org.mcpgate.atlassian.grant;

import java.net.URI;
import java.util.Arrays;

/** Which Atlassian authorization server issued a grant; {@code code} is the value stored in the database. */
public enum UpstreamProvider {

    /** Jira Data Center's own OAuth 2.0 provider (8.22+), reached at the Jira base URL. */
    JIRA_DC("jira-dc", "Jira"),
    /** Atlassian Cloud's 3LO authorization server, shared by every Cloud site. */
    ATLASSIAN_CLOUD("atlassian-cloud", "Atlassian Cloud");

    static final String JIRA_DC_TOKEN_PATH = "/rest/oauth2/latest/token";
    static final URI CLOUD_TOKEN_URL = URI.create("https://auth.atlassian.com/oauth/token");

    private final String code;
    private final String product;

    UpstreamProvider(String code, String product) {
        this.code = code;
        this.product = product;
    }

    public String code() {
        return code;
    }

    /** The name people know it by, for messages. */
    public String product() {
        return product;
    }

    /** The token endpoint for a grant's site: the Jira base URL on Data Center; Cloud has one for all sites. */
    public URI tokenUrl(String site) {
        if (this == ATLASSIAN_CLOUD) {
            return CLOUD_TOKEN_URL;
        }
        String base = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
        return URI.create(base + JIRA_DC_TOKEN_PATH);
    }

    public static UpstreamProvider fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown upstream provider '" + code + "'"));
    }
}
