package org.mcpgate.oauth.domain;

/**
 * An authorization step that cannot answer through a redirect (unknown client, unregistered redirect URI, a
 * sign-in that is unknown, expired or completed in another browser): the person sees the message on a page.
 */
public final class UnsafeRedirect extends RuntimeException {

    public UnsafeRedirect(String message) {
        super(message, null, false, false);
    }
}
