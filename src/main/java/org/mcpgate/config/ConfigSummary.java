package org.mcpgate.config;

import static org.mcpgate.config.ConfigKeys.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one-screen summary of the effective configuration logged at startup; secrets show only whether they are set. */
public final class ConfigSummary {

    private ConfigSummary() {
    }

    /** @param authentication how mcpgate authenticates to Jira, as the chosen credential strategy describes it */
    public static String of(Settings settings, String authentication) {
        JiraSettings jira = settings.jira();
        EdgeSettings edge = settings.edge();
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put(JIRA_URL, jira.baseUrl());
        lines.put("Jira authentication", authentication);
        lines.put(JIRA_PERSONAL_TOKEN, masked(jira.personalToken()));
        lines.put(JIRA_USERNAME, jira.username().orElse("(not set)"));
        lines.put(JIRA_API_TOKEN, masked(jira.apiToken()));
        lines.put(OAUTH_ACCESS_TOKEN, masked(jira.accessToken()));
        lines.put(OAUTH_CLOUD_ID, jira.cloudId().orElse("(not set)"));
        jira.oauthClient().ifPresent(client -> {
            lines.put(OAUTH_CLIENT_ID, client.clientId());
            lines.put(OAUTH_CLIENT_SECRET, "******** (set)");
            lines.put(OAUTH_REDIRECT_URI, client.redirectUri().toString());
            lines.put(OAUTH_SCOPE, client.scope());
            if (client.cloud()) {
                lines.put(OAUTH_AUTHORIZE_URL, client.authorizeUrl().toString());
                lines.put(OAUTH_TOKEN_URL, client.tokenUrl().toString());
                lines.put(OAUTH_API_GATEWAY, client.apiGateway().toString());
            }
        });
        PerRequestSettings perRequest = jira.perRequest();
        lines.put(OAUTH_ENABLE, Boolean.toString(perRequest.enabled()));
        if (perRequest.enabled()) {
            lines.put(ALLOW_GLOBAL_CRED_FALLBACK, Boolean.toString(perRequest.allowGlobalFallback()));
            lines.put(IGNORE_HEADER_AUTH, Boolean.toString(perRequest.ignoreAuthorizationHeader()));
            lines.put(MCP_ALLOWED_URL_DOMAINS, perRequest.allowedUrlDomains().isEmpty() ? "(none)"
                    : String.join(", ", perRequest.allowedUrlDomains()));
        }
        ProxySettings proxy = settings.proxy();
        if (proxy.enabled()) {
            lines.put(OAUTH_PROXY_ENABLE, "true");
            lines.put(PUBLIC_BASE_URL, proxy.issuer());
            lines.put(OAUTH_ALLOWED_CLIENT_REDIRECT_URIS, proxy.allowedRedirectPatterns().isEmpty()
                    ? "(none: every registration is refused)" : String.join(", ", proxy.allowedRedirectPatterns()));
            lines.put(OAUTH_ALLOWED_GRANT_TYPES, String.join(", ", proxy.allowedGrantTypes()));
            lines.put(OAUTH_REQUIRE_CONSENT, Boolean.toString(proxy.requireConsent()));
            lines.put(OAUTH_REGISTRATIONS_PER_MINUTE, Integer.toString(proxy.registrationsPerMinute()));
            lines.put(OAUTH_CODE_SECONDS, proxy.lifetimes().code().toSeconds() + " s");
            lines.put(OAUTH_ACCESS_TOKEN_SECONDS, proxy.lifetimes().accessToken().toSeconds() + " s");
            lines.put(OAUTH_REFRESH_TOKEN_DAYS, proxy.lifetimes().refreshToken().toDays() + " days");
            lines.put(OAUTH_METADATA_PRIVATE_HOSTS, proxy.metadataPrivateHosts().isEmpty() ? "(none)"
                    : String.join(", ", proxy.metadataPrivateHosts()));
        }
        ToolPolicy tools = settings.tools();
        lines.put(TOOLSETS, tools.toolsets().map(t -> String.join(", ", new java.util.TreeSet<>(t))).orElse("(all)"));
        lines.put(ENABLED_TOOLS, tools.enabledTools().map(t -> String.join(", ", new java.util.TreeSet<>(t)))
                .orElse("(all)"));
        lines.put(READ_ONLY_MODE, Boolean.toString(tools.readOnly()));
        lines.put(JIRA_PROJECTS_FILTER, tools.projects().isEmpty() ? "(all)" : String.join(", ", tools.projects()));
        lines.put(JIRA_CUSTOM_HEADERS, jira.customHeaders().isEmpty() ? "(none)"
                : String.join(", ", jira.customHeaders().keySet()));
        lines.put(JIRA_SSL_VERIFY, jira.sslVerify() ? "true" : "FALSE - certificates are NOT verified");
        lines.put(JIRA_TIMEOUT, jira.timeout().toSeconds() + " s");
        lines.put(ALLOWED_HOSTS, String.join(", ", edge.allowedHosts()));
        lines.put(ALLOWED_ORIGINS, String.join(", ", edge.allowedOrigins()));
        lines.put(MAX_REQUEST_BYTES, Integer.toString(edge.maxRequestBytes()));
        transport(jira.transport(), lines);
        return lines.entrySet().stream().map(e -> String.format("  %-26s %s", e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n", "mcpgate configuration:\n", ""));
    }

    private static String masked(Optional<String> secret) {
        return secret.map(s -> "******** (set)").orElse("(not set)");
    }

    /** Client certificate and proxies, when set; a proxy's password is masked, a key file's content never read. */
    private static void transport(JiraSettings.Transport transport, Map<String, String> lines) {
        transport.clientCertificate().ifPresent(path -> lines.put(JIRA_CLIENT_CERT, path.toString()));
        transport.clientKey().ifPresent(path -> lines.put(JIRA_CLIENT_KEY, path + " (contents never logged)"));
        transport.sslConfig().ifPresent(id -> lines.put(JIRA_SSL_CONFIG, "<ssl id=\"" + id + "\">"));
        if (transport.proxied()) {
            lines.put(JIRA_HTTP_PROXY, transport.httpProxy().map(ConfigSummary::proxy).orElse("(none)"));
            lines.put(JIRA_HTTPS_PROXY, transport.httpsProxy().map(ConfigSummary::proxy).orElse("(none)"));
            lines.put(JIRA_NO_PROXY, transport.noProxy().isEmpty() ? "(none)" : String.join(", ", transport.noProxy()));
        }
    }

    private static String proxy(JiraSettings.Proxy proxy) {
        return proxy.masked() + (proxy.source().startsWith("JIRA_") ? "" : " (from " + proxy.source() + ")");
    }
}
