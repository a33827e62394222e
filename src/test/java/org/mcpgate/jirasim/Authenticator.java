package org.mcpgate.jirasim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Jira DC's ways in for REST clients: {@code Bearer <PAT>}, {@code Bearer <OAuth 2.0 access token>} (acting as the
 * user who authorized it, within its scope) and {@code Basic username:password}.
 */
final class Authenticator {
    private final JiraStore store;
    private final TokenRegistry tokens;
    private final OAuthProvider oauth;

    Authenticator(JiraStore store, TokenRegistry tokens, OAuthProvider oauth) {
        this.store = store;
        this.tokens = tokens;
        this.oauth = oauth;
    }

    AuthResult authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return AuthResult.of(AuthResult.Outcome.NONE);
        }
        String header = authorization.trim();
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String credentials = space < 0 ? "" : header.substring(space + 1).trim();
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "bearer" -> bearer(credentials);
            case "basic" -> basic(credentials);
            default -> AuthResult.of(AuthResult.Outcome.BAD_TOKEN);
        };
    }

    private AuthResult bearer(String token) {
        Optional<String> patUser = tokens.user(token);
        if (patUser.isPresent()) {
            return activeUser(patUser.get()).map(u -> new AuthResult(AuthResult.Outcome.AUTHENTICATED, u))
                    .orElse(AuthResult.of(AuthResult.Outcome.BAD_TOKEN));
        }
        Optional<OAuthProvider.Grant> grant = oauth.access(token);
        return grant.flatMap(g -> activeUser(g.user())
                        .map(u -> new AuthResult(AuthResult.Outcome.AUTHENTICATED, u, g.scope())))
                .orElse(AuthResult.of(AuthResult.Outcome.BAD_TOKEN));
    }

    private AuthResult basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return AuthResult.of(AuthResult.Outcome.BAD_PASSWORD);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return AuthResult.of(AuthResult.Outcome.BAD_PASSWORD);
        }
        return checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1))
                .map(u -> new AuthResult(AuthResult.Outcome.AUTHENTICATED, u))
                .orElse(AuthResult.of(AuthResult.Outcome.BAD_PASSWORD));
    }

    /** The active user with this name and password (the login page's check and Basic's). */
    Optional<SimUser> checkPassword(String name, String password) {
        if (name == null || password == null) {
            return Optional.empty();
        }
        return activeUser(name).filter(u -> MessageDigest.isEqual(u.password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8)));
    }

    /** The user with this name while active: sessions and OAuth tokens of a deactivated user stop working. */
    Optional<SimUser> activeUser(String name) {
        return user(name).filter(SimUser::active);
    }

    private Optional<SimUser> user(String name) {
        synchronized (store.lock()) {
            return store.catalog().user(name);
        }
    }
}
