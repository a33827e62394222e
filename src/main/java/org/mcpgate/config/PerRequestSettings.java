package org.mcpgate.config;

import java.util.List;

/**
 * Per-request credentials for multi-user deployments ({@code ATLASSIAN_OAUTH_ENABLE=true}): each request brings
 * its user's own Atlassian credential in headers.
 *
 * @param allowGlobalFallback requests without credentials use the server-wide one instead of getting 401
 * @param ignoreAuthorizationHeader the {@code Authorization} header belongs to something else (a proxy in front)
 * @param allowedUrlDomains hosts a request may name in {@code X-Atlassian-Jira-Url}
 */
public record PerRequestSettings(boolean enabled, boolean allowGlobalFallback, boolean ignoreAuthorizationHeader,
        List<String> allowedUrlDomains) {

    public static final PerRequestSettings OFF = new PerRequestSettings(false, false, false, List.of());

    public PerRequestSettings {
        allowedUrlDomains = List.copyOf(allowedUrlDomains);
    }
}
