package org.mcpgate.oauth.endpoint;

import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import org.mcpgate.config.ProxySettings;

/**
 * The proxy's cookies: the browser binding, which ties consent and Atlassian's callback to the browser that opened
 * the authorization, and the signed person cookie that lets a remembered consent be recognised. On HTTPS they are
 * {@code __Host-} prefixed (Secure, Path=/, no Domain: no other host or path can set or read them).
 */
final class BrowserCookies {

    static final Duration BINDING_LIFETIME = Duration.ofMinutes(30);
    static final Duration PERSON_LIFETIME = Duration.ofDays(30);

    private final ProxySettings settings;

    BrowserCookies(ProxySettings settings) {
        this.settings = settings;
    }

    String bindingName() {
        return name("mcpgate-oauth");
    }

    String personName() {
        return name("mcpgate-person");
    }

    Optional<String> read(HttpHeaders headers, String name) {
        return Optional.ofNullable(headers.getCookies().get(name)).map(c -> c.getValue()).filter(v -> !v.isEmpty());
    }

    /** A Set-Cookie header value; HttpOnly and SameSite=Lax, so Atlassian's top-level redirect back carries it. */
    String set(String name, String value, Duration lifetime) {
        return name + "=" + value + "; Path=/; Max-Age=" + lifetime.toSeconds() + "; HttpOnly; SameSite=Lax"
                + (settings.https() ? "; Secure" : "");
    }

    private String name(String base) {
        return settings.https() ? "__Host-" + base : base;
    }
}
