package org.mcpgate.atlassian.auth;

/** The caller brought no usable Atlassian credential; the edge answers 401 with this message. */
public final class AuthenticationRequired extends RuntimeException {

    public AuthenticationRequired(String message) {
        super(message, null, false, false);
    }
}
