package org.mcpgate.jirasim;

/**
 * An error answer of the token endpoint (RFC 6749 §5.2): 400 with {@code {"error","error_description"}}, or 401 for
 * {@code invalid_client}.
 */
final class OAuthError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String error;

    OAuthError(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    static OAuthError invalidClient(String description) {
        return new OAuthError(401, "invalid_client", description);
    }

    static OAuthError invalidGrant(String description) {
        return new OAuthError(400, "invalid_grant", description);
    }

    static OAuthError invalidScope(String description) {
        return new OAuthError(400, "invalid_scope", description);
    }

    static OAuthError unsupportedGrantType(String description) {
        return new OAuthError(400, "unsupported_grant_type", description);
    }

    String error() {
        return error;
    }

    ApiResponse response() {
        ApiResponse response = ApiResponse.json(status, Json.object().put("error", error)
                        .put("error_description", getMessage()))
                .withHeader("Cache-Control", "no-store")
                .withHeader("Pragma", "no-cache");
        return status == 401 ? response.withHeader("WWW-Authenticate", "Basic realm=\"OAuth 2.0\"") : response;
    }
}
