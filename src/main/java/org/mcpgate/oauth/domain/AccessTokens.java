package org.mcpgate.oauth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** Checks the access tokens MCP clients present: issued here, of the access kind, unexpired, family not revoked. */
@ApplicationScoped
public class AccessTokens {

    @Inject
    TokenRepository tokens;

    Clock clock = Clock.systemUTC();

    /** Who the token speaks for, or empty when it is not a live access token. The audience is the caller's check. */
    public Optional<SignedIn> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        return tokens.findToken(Secrets.hash(token))
                .filter(found -> found.token().kind() == TokenKind.ACCESS)
                .filter(found -> found.token().expiresAt().isAfter(clock.instant()))
                .filter(found -> !found.family().revoked())
                .map(TokenRepository.Found::family)
                .map(f -> new SignedIn(f.subject(), f.clientId(), f.scope(), f.resource(), f.upstreamGrantId()));
    }
}
