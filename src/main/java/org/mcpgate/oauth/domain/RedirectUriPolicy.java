package org.mcpgate.oauth.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides which redirect URIs a client may register or name (RFC 6749 §3.1.2, OAuth 2.1 §2.3.1, RFC 8252 §7.3):
 * strict by default, since a redirect URI is where an authorization code is delivered. A URI must first be
 * structurally unambiguous ({@link UriRules}), must not be mcpgate's own upstream callback (which would feed a code
 * for one client into another's flow), must use https (or http to a loopback host, or a scheme an admin listed
 * exactly), and must match one of the admin's allowlist patterns ({@link RedirectPattern}).
 */
public final class RedirectUriPolicy {

    private final List<RedirectPattern> patterns;
    private final Endpoint upstreamCallback;

    /**
     * @param patterns the admin's allowlist ({@code ATLASSIAN_OAUTH_ALLOWED_CLIENT_REDIRECT_URIS}); blank entries are
     *     ignored, and an empty list refuses every redirect URI
     * @param upstreamCallback the URL Atlassian redirects to after login, which no client may use as its own
     * @throws IllegalArgumentException if a pattern is invalid ({@link #problemsIn}) or the callback is not a URL
     */
    public RedirectUriPolicy(List<String> patterns, String upstreamCallback) {
        Objects.requireNonNull(patterns, "patterns");
        List<String> problems = problemsIn(patterns);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        this.patterns = patterns.stream().filter(RedirectUriPolicy::present).map(RedirectPattern::parse).toList();
        Objects.requireNonNull(upstreamCallback, "upstreamCallback");
        this.upstreamCallback = Endpoint.of(UriRules.parse(upstreamCallback,
                rule -> new IllegalArgumentException("the upstream callback URL " + rule)));
    }

    /**
     * The allowlist used when the admin sets none: loopback on any port (RFC 8252 §7.3, for CLI and desktop
     * clients) and the callbacks the hosted clients document (Claude, ChatGPT, VS Code for the web).
     */
    public static List<String> defaultPatterns() {
        return List.of(
                "http://localhost:*",
                "http://127.0.0.1:*",
                "http://[::1]:*",
                "https://claude.ai/api/mcp/auth_callback",
                "https://claude.com/api/mcp/auth_callback",
                "https://chatgpt.com/connector_platform_oauth_redirect",
                "https://chatgpt.com/connector/oauth/*",
                "https://vscode.dev/redirect",
                "https://insiders.vscode.dev/redirect");
    }

    /** One message per invalid pattern, naming it and what is wrong; empty when all are valid. */
    public static List<String> problemsIn(List<String> patterns) {
        List<String> problems = new ArrayList<>();
        for (String pattern : patterns) {
            if (!present(pattern)) {
                continue;
            }
            try {
                RedirectPattern.parse(pattern);
            } catch (IllegalArgumentException e) {
                problems.add("the redirect URI pattern " + Quoted.of(pattern) + " " + e.getMessage());
            }
        }
        return problems;
    }

    /** The patterns in force, as the admin wrote them. */
    public List<String> patterns() {
        return patterns.stream().map(RedirectPattern::text).toList();
    }

    /**
     * Accepts the redirect URI or says which rule refused it.
     *
     * @throws OAuthError {@code invalid_redirect_uri}, its description naming the rule and the URI
     */
    public void check(String redirectUri) {
        URI uri = UriRules.parse(redirectUri, rule -> refused(redirectUri, rule));
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (Endpoint.of(uri).equals(upstreamCallback)) {
            throw refused(redirectUri, "is mcpgate's own upstream callback, which no client may use");
        }
        if (scheme.equals("http") && !RedirectPattern.isLoopback(uri.getHost())) {
            throw refused(redirectUri, "uses http to a host that is not loopback (localhost, 127.0.0.1, [::1]):"
                    + " use https");
        }
        if (!scheme.equals("https") && !scheme.equals("http")
                && patterns.stream().noneMatch(pattern -> pattern.scheme().equals(scheme))) {
            throw refused(redirectUri, "uses the scheme " + scheme + ":, which no allowlist pattern names (only"
                    + " https, or http to a loopback host, is accepted otherwise)");
        }
        if (patterns.isEmpty()) {
            throw refused(redirectUri, "cannot be accepted: the administrator allows no redirect URIs");
        }
        if (patterns.stream().noneMatch(pattern -> pattern.matches(uri))) {
            throw refused(redirectUri, "matches no allowlist pattern (scheme, host, port and path must match one;"
                    + " ask the mcpgate administrator)");
        }
    }

    private static OAuthError refused(String redirectUri, String rule) {
        return new OAuthError(OAuthError.INVALID_REDIRECT_URI, "The redirect URI " + Quoted.of(redirectUri) + " "
                + rule + ".");
    }

    private static boolean present(String pattern) {
        return pattern != null && !pattern.isBlank();
    }

    /**
     * Where a URL lands, compared loosely on purpose: case-insensitive scheme and host, default port made explicit,
     * path decoded and without a trailing slash, query ignored. Loose equality here means a stricter refusal.
     */
    private record Endpoint(String scheme, String host, int port, String path) {

        static Endpoint of(URI uri) {
            String path = uri.getPath() == null ? "" : uri.getPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return new Endpoint(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost().toLowerCase(Locale.ROOT),
                    RedirectPattern.effectivePort(uri), path);
        }
    }
}
