package org.mcpgate.oauth.domain;

import java.util.Objects;

/**
 * An OAuth error as the wire carries it: {@code {"error": code, "error_description": description}} (RFC 6749 §5.2,
 * RFC 7591 §3.2.2, RFC 7009 §2.2.1). The description tells the client's developer what to change; it never holds a
 * secret or a token.
 */
public final class OAuthError extends RuntimeException {

    public static final String INVALID_REQUEST = "invalid_request";
    public static final String INVALID_CLIENT = "invalid_client";
    public static final String INVALID_GRANT = "invalid_grant";
    public static final String UNAUTHORIZED_CLIENT = "unauthorized_client";
    public static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";
    public static final String UNSUPPORTED_RESPONSE_TYPE = "unsupported_response_type";
    public static final String INVALID_SCOPE = "invalid_scope";
    public static final String INVALID_TARGET = "invalid_target";
    public static final String ACCESS_DENIED = "access_denied";
    public static final String INVALID_REDIRECT_URI = "invalid_redirect_uri";
    public static final String INVALID_CLIENT_METADATA = "invalid_client_metadata";
    public static final String SERVER_ERROR = "server_error";
    public static final String TEMPORARILY_UNAVAILABLE = "temporarily_unavailable";
    public static final String SLOW_DOWN = "slow_down";

    private final String code;
    private final int status;

    public OAuthError(String code, String description) {
        this(code, description, code.equals(INVALID_CLIENT) ? 401 : code.equals(SERVER_ERROR) ? 500
                : code.equals(TEMPORARILY_UNAVAILABLE) ? 503 : code.equals(SLOW_DOWN) ? 429 : 400);
    }

    public OAuthError(String code, String description, int status) {
        super(Objects.requireNonNull(description, "description"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.status = status;
    }

    public String code() {
        return code;
    }

    public String description() {
        return getMessage();
    }

    /** The HTTP status of the JSON answer, when the error is not sent back through a redirect. */
    public int status() {
        return status;
    }

    @Override
    public String toString() {
        return "OAuthError[" + code + ": " + getMessage() + "]";
    }
}
