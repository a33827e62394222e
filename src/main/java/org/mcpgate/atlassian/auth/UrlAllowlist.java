package org.mcpgate.atlassian.auth;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Guards {@code X-Atlassian-Jira-Url} against server-side request forgery: only hosts in
 * {@code MCP_ALLOWED_URL_DOMAINS} (the domain itself or a subdomain), and a host that is or resolves to a loopback,
 * link-local or wildcard address only when it is listed by name exactly. Checked before any request leaves.
 */
final class UrlAllowlist {

    private final List<String> domains;

    UrlAllowlist(List<String> domains) {
        this.domains = domains;
    }

    /** The base URL to call, or an {@link AuthenticationRequired} that says why this one is refused. */
    String check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused(url, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw refused(url, "it must be an http(s) URL with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw refused(url, "it may not carry user info, a query or a fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean exact = domains.contains(host);
        if (!exact && domains.stream().noneMatch(d -> host.endsWith("." + d))) {
            throw refused(url, "its host is not in MCP_ALLOWED_URL_DOMAINS");
        }
        if (!exact && internal(host)) {
            throw refused(url, "its host resolves to a loopback or link-local address; list the host itself in"
                    + " MCP_ALLOWED_URL_DOMAINS to allow it");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean internal(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false; // nothing to reach; the call itself will say the host does not resolve
        }
    }

    private static AuthenticationRequired refused(String url, String why) {
        String shown = url.length() > 100 ? url.substring(0, 100) + "..." : url;
        return new AuthenticationRequired("The Jira URL in " + Caller.JIRA_URL + " ('" + shown + "') is refused: "
                + why + ".");
    }
}
