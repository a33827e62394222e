package org.mcpgate.atlassian.grant;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful answer of a token endpoint (RFC 6749 §5.1). Jira Data Center and Atlassian Cloud both send
 * {@code expires_in} and rotate the refresh token on every refresh. Its {@code toString} hides both tokens.
 */
public record TokenResponse(String accessToken, Optional<String> refreshToken, Optional<Duration> expiresIn,
        String tokenType, Optional<String> scope) {

    /** When {@code expires_in} is missing: short enough that a wrong guess costs one early refresh, not an outage. */
    static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(30);

    public TokenResponse {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresIn, "expiresIn");
        Objects.requireNonNull(tokenType, "tokenType");
        Objects.requireNonNull(scope, "scope");
    }

    /** When the access token expires, counted from when it was received. */
    public Instant expiresAt(Instant receivedAt) {
        return receivedAt.plus(expiresIn.orElse(ASSUMED_LIFETIME));
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=********, refreshToken=" + refreshToken.map(t -> "********").orElse("none")
                + ", expiresIn=" + expiresIn.map(Duration::toSeconds).map(s -> s + " s").orElse("unknown")
                + ", tokenType=" + tokenType + ", scope=" + scope.orElse("") + "]";
    }
}
