package org.mcpgate.oauth.domain;

import java.util.Optional;

/**
 * An authorization request that failed after its client and redirect URI were verified: the error goes back to the
 * client through that redirect URI (RFC 6749 §4.1.2.1). Before that point, errors are shown to the person instead
 * ({@link UnsafeRedirect}), so mcpgate never redirects anywhere a client did not register.
 */
public final class AuthorizationError extends RuntimeException {

    private final OAuthError error;
    private final String redirectUri;
    private final Optional<String> state;

    public AuthorizationError(OAuthError error, String redirectUri, Optional<String> state) {
        super(error.description(), null, false, false);
        this.error = error;
        this.redirectUri = redirectUri;
        this.state = state;
    }

    public OAuthError error() {
        return error;
    }

    public String redirectUri() {
        return redirectUri;
    }

    public Optional<String> state() {
        return state;
    }
}
