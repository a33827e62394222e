package org.mcpgate.jirasim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Jira DC's two ways in for REST clients: {@code Bearer <PAT>} and {@code Basic username:password}. */
final class Authenticator {
    private final JiraStore store;
    private final TokenRegistry tokens;

    Authenticator(JiraStore store, TokenRegistry tokens) {
        this.store = store;
        this.tokens = tokens;
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
        Optional<SimUser> user = tokens.user(token).flatMap(this::user).filter(SimUser::active);
        return user.map(u -> new AuthResult(AuthResult.Outcome.AUTHENTICATED, u))
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
        String password = decoded.substring(colon + 1);
        Optional<SimUser> user = user(decoded.substring(0, colon)).filter(SimUser::active)
                .filter(u -> MessageDigest.isEqual(u.password().getBytes(StandardCharsets.UTF_8),
                        password.getBytes(StandardCharsets.UTF_8)));
        return user.map(u -> new AuthResult(AuthResult.Outcome.AUTHENTICATED, u))
                .orElse(AuthResult.of(AuthResult.Outcome.BAD_PASSWORD));
    }

    private Optional<SimUser> user(String name) {
        synchronized (store.lock()) {
            return store.catalog().user(name);
        }
    }
}
