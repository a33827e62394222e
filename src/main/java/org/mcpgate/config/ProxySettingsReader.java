package org.mcpgate.config;

import static org.mcpgate.config.ConfigKeys.*;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mcpgate.oauth.domain.RedirectUriPolicy;

/** Reads and checks the OAuth proxy's settings, reporting problems through the {@link SettingsReader}. */
final class ProxySettingsReader {

    static final List<String> GRANT_TYPES = List.of("authorization_code", "refresh_token");
    /** Paths of mcpgate's own routes: the upstream callback may not take one of them. */
    private static final List<String> RESERVED = List.of("/mcp", "/sse", "/message", "/admin", "/oauth/authorize",
            "/oauth/consent", "/oauth/register", "/oauth/token", "/oauth/revoke", "/.well-known", "/health");

    private final SettingsReader reader;

    ProxySettingsReader(SettingsReader reader) {
        this.reader = reader;
    }

    ProxySettings read(JiraSettings jira) {
        URI base = publicBaseUrl();
        if (jira != null && jira.oauthClient().isPresent() && base != null) {
            checkCallback(jira.oauthClient().get().redirectUri(), base);
        }
        List<String> patterns = reader.isSet(OAUTH_ALLOWED_CLIENT_REDIRECT_URIS)
                ? reader.list(OAUTH_ALLOWED_CLIENT_REDIRECT_URIS) : RedirectUriPolicy.defaultPatterns();
        RedirectUriPolicy.problemsIn(patterns).forEach(problem -> reader.problem(OAUTH_ALLOWED_CLIENT_REDIRECT_URIS
                + ": " + problem));
        Set<String> grantTypes = grantTypes();
        boolean consent = reader.bool(OAUTH_REQUIRE_CONSENT, true);
        List<String> privateHosts = reader.list(OAUTH_METADATA_PRIVATE_HOSTS).stream()
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
        ProxySettings.Lifetimes defaults = ProxySettings.Lifetimes.DEFAULT;
        ProxySettings.Lifetimes lifetimes = new ProxySettings.Lifetimes(
                Duration.ofSeconds(reader.positiveInt(OAUTH_CODE_SECONDS, (int) defaults.code().toSeconds(),
                        "a number of seconds, at most 600")),
                Duration.ofSeconds(reader.positiveInt(OAUTH_ACCESS_TOKEN_SECONDS,
                        (int) defaults.accessToken().toSeconds(), "a number of seconds")),
                Duration.ofDays(reader.positiveInt(OAUTH_REFRESH_TOKEN_DAYS, (int) defaults.refreshToken().toDays(),
                        "a number of days")));
        if (lifetimes.code().toSeconds() > 600) {
            reader.problem(OAUTH_CODE_SECONDS + " must be at most 600 (RFC 6749 §4.1.2: codes are short-lived)");
        }
        return base == null ? ProxySettings.DISABLED
                : new ProxySettings(true, base, patterns, grantTypes, consent, privateHosts, lifetimes,
                        reader.positiveInt(OAUTH_REGISTRATIONS_PER_MINUTE, 20, "a number of registrations"));
    }

    /** The proxy makes each person act as themselves: no server-wide credential, no per-request one. */
    void checkCredentials(boolean serverWideCredential, boolean perRequest) {
        if (serverWideCredential) {
            reader.problem(OAUTH_PROXY_ENABLE + "=true makes every person act in Jira as themselves: remove the"
                    + " server-wide credential (" + JIRA_PERSONAL_TOKEN + ", " + JIRA_USERNAME + "/" + JIRA_API_TOKEN
                    + " or " + OAUTH_ACCESS_TOKEN + ")");
        }
        if (perRequest) {
            reader.problem(OAUTH_PROXY_ENABLE + " and " + OAUTH_ENABLE + " are both true: keep one; the proxy logs"
                    + " each person in, per-request mode takes the credential each request brings");
        }
        if (reader.value(OAUTH_CLIENT_ID).isEmpty()) {
            reader.problem(OAUTH_PROXY_ENABLE + "=true needs mcpgate's OAuth client at Atlassian: set "
                    + OAUTH_CLIENT_ID + ", " + OAUTH_CLIENT_SECRET + " and " + OAUTH_REDIRECT_URI
                    + " (Jira: Administration > Applications > Application links, an incoming link)");
        }
    }

    private URI publicBaseUrl() {
        if (reader.value(PUBLIC_BASE_URL).isEmpty()) {
            reader.problem(OAUTH_PROXY_ENABLE + "=true needs " + PUBLIC_BASE_URL + ": set it to the URL MCP clients"
                    + " reach this server at, e.g. https://mcp.example.com");
            return null;
        }
        String text = reader.value(PUBLIC_BASE_URL).get().replaceAll("/+$", "");
        URI uri = reader.httpUrl(PUBLIC_BASE_URL, text);
        if (uri == null) {
            return null;
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            reader.problem(PUBLIC_BASE_URL + " must be a plain base URL without user, query or fragment: '" + text
                    + "'");
            return null;
        }
        boolean loopback = SettingsReader.LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getScheme().equalsIgnoreCase("http") && !loopback) {
            reader.problem(PUBLIC_BASE_URL + " must be https:// (OAuth 2.1 sends tokens only over TLS), or http:// to"
                    + " a loopback address for a trial; behind a reverse proxy, give the URL clients use: '" + text
                    + "'");
            return null;
        }
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority()
                .toLowerCase(Locale.ROOT) + uri.getRawPath());
    }

    /** Atlassian redirects each person back to this URL: it must be one of this server's, on a free route. */
    private void checkCallback(URI callback, URI base) {
        String basePath = base.getRawPath();
        String path = callback.getRawPath() == null ? "" : callback.getRawPath();
        boolean sameOrigin = callback.getScheme().equalsIgnoreCase(base.getScheme())
                && callback.getRawAuthority().equalsIgnoreCase(base.getRawAuthority()) && path.startsWith(basePath);
        String route = sameOrigin ? path.substring(basePath.length()) : path;
        if (!sameOrigin) {
            reader.problem(OAUTH_REDIRECT_URI + " must be under " + PUBLIC_BASE_URL + " (" + base + "), e.g. " + base
                    + "/oauth/callback: Atlassian sends each person back there; it is '" + callback + "'");
        } else if (route.isEmpty() || route.equals("/") || RESERVED.stream().anyMatch(r -> route.equals(r)
                || route.startsWith(r + "/"))) {
            reader.problem(OAUTH_REDIRECT_URI + "'s path '" + route + "' is taken by one of mcpgate's own routes; use"
                    + " e.g. " + base + "/oauth/callback");
        }
    }

    private Set<String> grantTypes() {
        if (!reader.isSet(OAUTH_ALLOWED_GRANT_TYPES)) {
            return Set.copyOf(GRANT_TYPES);
        }
        Set<String> types = new LinkedHashSet<>();
        for (String type : reader.list(OAUTH_ALLOWED_GRANT_TYPES)) {
            if (GRANT_TYPES.contains(type)) {
                types.add(type);
            } else {
                reader.problem(OAUTH_ALLOWED_GRANT_TYPES + " lists '" + type + "', which mcpgate does not issue:"
                        + " list authorization_code and, for long sessions, refresh_token");
            }
        }
        if (!types.contains("authorization_code")) {
            reader.problem(OAUTH_ALLOWED_GRANT_TYPES + " must include authorization_code: it is how every client"
                    + " gets its first token");
        }
        return types;
    }
}
