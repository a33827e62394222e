package org.mcpgate.atlassian.grant;

/** A sealed value could not be opened; the message says why and what an administrator can do, never the value. */
public final class TokenCipherException extends RuntimeException {

    public TokenCipherException(String message) {
        super(message, null, false, false);
    }
}
