package org.mcpgate.oauth.domain;

import java.net.URI;

/**
 * The rules for a client id that is a URL (draft-ietf-oauth-client-id-metadata-document §3; MCP authorization
 * 2025-11-25, "Client ID Metadata Documents"): https, a path, no fragment, no user information, no dot segments.
 * Checked before anything is fetched, so a refused URL never causes a request.
 */
final class ClientIdUrl {

    /** Longer ids are refused: they are cache keys and end up on the consent page. */
    static final int MAX_LENGTH = 512; // the client_id column

    private ClientIdUrl() {
    }

    /** Whether a client id is meant as a metadata-document URL rather than an id mcpgate issued. */
    static boolean looksLikeUrl(String clientId) {
        return clientId != null && clientId.regionMatches(true, 0, "https://", 0, 8);
    }

    /**
     * Parses the client id.
     *
     * @throws OAuthError {@code invalid_client} naming the rule the URL breaks
     */
    static URI parse(String clientId) {
        if (clientId != null && clientId.length() > MAX_LENGTH) {
            throw refused(clientId, "is longer than " + MAX_LENGTH + " characters");
        }
        URI url = UriRules.parse(clientId, rule -> refused(clientId, rule));
        if (!clientId.startsWith("https://")) {
            throw refused(clientId, "must use the https scheme, written in lower case");
        }
        if (url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/")) {
            throw refused(clientId, "must have a path naming the document, as in https://example.com/client.json");
        }
        return url;
    }

    static OAuthError refused(String clientId, String rule) {
        return new OAuthError(OAuthError.INVALID_CLIENT, "The client id " + Quoted.of(clientId) + " " + rule + ".");
    }
}
