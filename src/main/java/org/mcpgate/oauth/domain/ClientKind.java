package org.mcpgate.oauth.domain;

/** How a client made itself known to mcpgate. */
public enum ClientKind {
    /** Dynamic client registration (RFC 7591): mcpgate issued its client id and stored it. */
    REGISTERED,
    /** A Client ID Metadata Document: the client id is an https URL whose document mcpgate fetched. */
    METADATA_DOCUMENT;

    /** The kind a client id denotes: metadata-document clients are identified by an https URL. */
    public static ClientKind of(String clientId) {
        return clientId.startsWith("https://") ? METADATA_DOCUMENT : REGISTERED;
    }
}
