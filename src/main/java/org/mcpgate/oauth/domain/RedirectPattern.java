package org.mcpgate.oauth.domain;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of the admin's redirect allowlist, {@code scheme://host[:port][/path-glob]}, parsed once so that a bad
 * entry stops startup instead of silently matching nothing (or everything).
 *
 * @param scheme lower case, compared exactly
 * @param host lower case; for {@code *.example.com} the suffix {@code example.com}
 * @param anySubdomain whether the host was {@code *.}{@code host}: one or more labels, never the host itself
 * @param port a port, {@link #ANY_PORT} for {@code :*} or {@link #DEFAULT_PORT} when the pattern names none
 * @param path the path glob ({@code *} is any sequence), or empty for any path
 */
record RedirectPattern(String text, String scheme, String host, boolean anySubdomain, int port,
        Optional<Pattern> path) {

    static final int ANY_PORT = -1;
    static final int DEFAULT_PORT = 0;

    /** RFC 8252 §7.3: the loopback hosts whose port is chosen at run time, so any port matches. */
    static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");
    private static final Pattern DNS_NAME = Pattern.compile(
            "[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-f:.]+\\]");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    /**
     * Parses an allowlist entry.
     *
     * @throws IllegalArgumentException whose message says what is wrong, worded to follow the pattern's text
     */
    static RedirectPattern parse(String text) {
        String t = text.strip();
        int separator = t.indexOf("://");
        if (separator <= 0) {
            throw wrong("does not have the form scheme://host[:port][/path]");
        }
        String scheme = t.substring(0, separator).toLowerCase(Locale.ROOT);
        String rest = t.substring(separator + 3);
        requireScheme(scheme);
        requirePlainCharacters(rest);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        int portStart = authority.startsWith("[") ? authority.indexOf(']') + 1 : authority.lastIndexOf(':');
        if (portStart < 0 || portStart > authority.length()) {
            portStart = authority.length();
        }
        String host = authority.substring(0, portStart).toLowerCase(Locale.ROOT);
        String portText = authority.substring(portStart);
        boolean anySubdomain = host.startsWith("*.");
        String name = anySubdomain ? host.substring(2) : host;
        requireHost(name, anySubdomain);
        if (scheme.equals("http") && (anySubdomain || !LOOPBACK_HOSTS.contains(name))) {
            throw wrong("uses http for a host that is not loopback (localhost, 127.0.0.1, [::1]): use https");
        }
        Optional<Pattern> path = slash < 0 ? Optional.empty() : Optional.of(glob(rest.substring(slash)));
        return new RedirectPattern(t, scheme, name, anySubdomain, port(portText), path);
    }

    /** Whether a structurally valid redirect URI matches: scheme, host, port and path; never its query. */
    boolean matches(URI uri) {
        String uriScheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String uriHost = uri.getHost().toLowerCase(Locale.ROOT);
        return uriScheme.equals(scheme) && hostMatches(uriHost) && portMatches(uriHost, effectivePort(uri))
                && pathMatches(uri.getRawPath());
    }

    static boolean isLoopback(String host) {
        return LOOPBACK_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The port a URI connects to: its own, or its scheme's default (-1 for a scheme without one). */
    static int effectivePort(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme().toLowerCase(Locale.ROOT));
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -1;
        };
    }

    private boolean hostMatches(String uriHost) {
        return anySubdomain ? uriHost.endsWith("." + host) : uriHost.equals(host);
    }

    private boolean portMatches(String uriHost, int uriPort) {
        if (isLoopback(uriHost) || port == ANY_PORT) {
            return true;
        }
        if (port == DEFAULT_PORT) {
            return uriPort == defaultPort(scheme);
        }
        return uriPort == port;
    }

    private boolean pathMatches(String rawPath) {
        String uriPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        return path.map(glob -> glob.matcher(uriPath).matches()).orElse(true);
    }

    private static void requireScheme(String scheme) {
        if (!SCHEME.matcher(scheme).matches()) {
            throw wrong("has an invalid scheme");
        }
        if (UriRules.DANGEROUS_SCHEMES.contains(scheme)) {
            throw wrong("names the scheme " + scheme + ":, which is never allowed as a redirect");
        }
    }

    private static void requirePlainCharacters(String rest) {
        if (UriRules.hasWhitespaceOrControl(rest) || UriRules.hasNonAscii(rest)) {
            throw wrong("contains whitespace, control or non-ASCII characters");
        }
        for (char refused : new char[] {'?', '#', '@', '\\'}) {
            if (rest.indexOf(refused) >= 0) {
                throw wrong("contains '" + refused + "': a pattern is scheme://host[:port][/path], without user"
                        + " information, query or fragment");
            }
        }
    }

    private static void requireHost(String name, boolean anySubdomain) {
        if (name.contains("*")) {
            throw wrong("uses * in its host other than as the whole first label, as in *.example.com");
        }
        boolean ipv6 = !anySubdomain && IPV6_LITERAL.matcher(name).matches();
        if (!ipv6 && !DNS_NAME.matcher(name).matches()) {
            throw wrong("does not name a valid host (a DNS name without a trailing dot, an IPv4 address or an"
                    + " [IPv6] literal)");
        }
        if (anySubdomain && !name.contains(".")) {
            throw wrong("puts * before a single label, which would allow a whole top-level domain");
        }
    }

    private static int port(String portText) {
        if (portText.isEmpty()) {
            return DEFAULT_PORT;
        }
        if (portText.equals(":*")) {
            return ANY_PORT;
        }
        String digits = portText.substring(1);
        if (!portText.startsWith(":") || !PORT.matcher(digits).matches() || Integer.parseInt(digits) < 1
                || Integer.parseInt(digits) > 65535) {
            throw wrong("has an invalid port (a number from 1 to 65535, or * for any)");
        }
        return Integer.parseInt(digits);
    }

    private static Pattern glob(String path) {
        if (UriRules.hasDotSegment(path) || UriRules.hasEncodedSeparator(path)) {
            throw wrong("has . or .. segments or an encoded dot, slash or backslash in its path");
        }
        StringBuilder regex = new StringBuilder();
        int start = 0;
        for (int star = path.indexOf('*'); star >= 0; star = path.indexOf('*', start)) {
            regex.append(Pattern.quote(path.substring(start, star))).append(".*");
            start = star + 1;
        }
        return Pattern.compile(regex.append(Pattern.quote(path.substring(start))).toString());
    }

    private static IllegalArgumentException wrong(String why) {
        return new IllegalArgumentException(why);
    }
}
