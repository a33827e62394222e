package org.mcpgate.oauth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Finds the client behind a client id: a registered one, or one described by its metadata document URL. */
@ApplicationScoped
public class Clients {

    @Inject
    ClientRepository registered;

    @Inject
    ClientMetadataDocuments documents;

    /**
     * The client, or empty when the id is unknown.
     *
     * @throws OAuthError invalid_client when a metadata document cannot be fetched or is invalid
     */
    public Optional<RegisteredClient> find(String clientId) {
        if (clientId == null || clientId.isEmpty()) {
            return Optional.empty();
        }
        return ClientMetadataDocuments.isMetadataDocumentId(clientId) ? Optional.of(documents.resolve(clientId))
                : registered.find(clientId);
    }
}
