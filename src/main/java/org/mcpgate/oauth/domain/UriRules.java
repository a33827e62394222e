package org.mcpgate.oauth.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Structural rules for a URL a client hands mcpgate (a redirect URI, a metadata-document client id). Each refuses a
 * shape on which two parsers (java.net.URI here, a browser's WHATWG parser there, a servlet container's path
 * decoding) can disagree about where the URL points, so that later matching is done on an unambiguous URL.
 */
final class UriRules {

    /** A rule, worded to complete "the URI ...", and the test that finds it broken. */
    private record Rule<T>(String wording, Predicate<T> broken) {
    }

    static final List<String> DANGEROUS_SCHEMES = List.of("javascript", "data", "file", "vbscript");

    private static final List<Rule<String>> TEXT_RULES = List.of(
            new Rule<>("must not use a javascript:, data:, file: or vbscript: scheme", UriRules::hasDangerousScheme),
            new Rule<>("must not contain whitespace or control characters", UriRules::hasWhitespaceOrControl),
            new Rule<>("must be ASCII (write an internationalised host name in its xn-- form)", UriRules::hasNonAscii),
            new Rule<>("must not contain a backslash (browsers read it as a slash)", s -> s.indexOf('\\') >= 0),
            new Rule<>("must not have a fragment (RFC 6749 §3.1.2)", s -> s.indexOf('#') >= 0));

    private static final List<Rule<URI>> PARSED_RULES = List.of(
            new Rule<>("must be absolute, scheme://host/path", uri -> !uri.isAbsolute() || uri.isOpaque()),
            new Rule<>("must not carry user information before the host (user@host)", UriRules::hasUserInfo),
            new Rule<>("must name a valid host", uri -> uri.getHost() == null || uri.getHost().isEmpty()),
            new Rule<>("must not have . or .. path segments", uri -> hasDotSegment(uri.getRawPath())),
            new Rule<>("must not percent-encode a dot, slash or backslash in its path (%2e, %2f, %5c, or these"
                    + " encoded again as %25...)", uri -> hasEncodedSeparator(uri.getRawPath())));

    private UriRules() {
    }

    /**
     * Parses {@code value} after checking every rule, in order.
     *
     * @param refusal turns the wording of the first broken rule into the exception to throw
     */
    static URI parse(String value, Function<String, RuntimeException> refusal) {
        if (value == null || value.isEmpty()) {
            throw refusal.apply("must not be empty");
        }
        for (Rule<String> rule : TEXT_RULES) {
            if (rule.broken().test(value)) {
                throw refusal.apply(rule.wording());
            }
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw refusal.apply("is not a valid URI (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        for (Rule<URI> rule : PARSED_RULES) {
            if (rule.broken().test(uri)) {
                throw refusal.apply(rule.wording());
            }
        }
        return uri;
    }

    /**
     * True for a javascript:, data:, file: or vbscript: URL as a browser would read it: browsers drop tabs and
     * newlines anywhere and control characters or spaces in front, so {@code " java\tscript:"} counts.
     */
    static boolean hasDangerousScheme(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (kept.length() == 0 && c <= 0x20)) {
                continue;
            }
            kept.append(c);
        }
        String lower = kept.toString().toLowerCase(Locale.ROOT);
        return DANGEROUS_SCHEMES.stream().anyMatch(scheme -> lower.startsWith(scheme + ":"));
    }

    static boolean hasWhitespaceOrControl(String value) {
        return value.chars().anyMatch(c -> c <= 0x20 || c == 0x7F);
    }

    static boolean hasNonAscii(String value) {
        return value.chars().anyMatch(c -> c > 0x7F);
    }

    /** A {@code .} or {@code ..} segment anywhere in a raw path, including a trailing {@code /..}. */
    static boolean hasDotSegment(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An encoded dot, slash or backslash, at any depth of encoding: {@code %2e}, {@code %252e}, {@code %25252e}...
     * A dot never needs encoding (RFC 3986 §2.3), so an encoded one is only there to slip a segment past a check.
     */
    static boolean hasEncodedSeparator(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        String path = rawPath.toLowerCase(Locale.ROOT);
        while (path.contains("%25")) {
            path = path.replace("%25", "%");
        }
        return path.contains("%2e") || path.contains("%2f") || path.contains("%5c");
    }

    private static boolean hasUserInfo(URI uri) {
        return uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"));
    }
}
