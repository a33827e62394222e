package org.mcpgate.oauth.domain;

import java.util.List;
import java.util.Optional;

/** The dynamically registered clients (metadata-document clients are fetched, not stored). */
public interface ClientRepository {

    void save(RegisteredClient client);

    Optional<RegisteredClient> find(String clientId);

    /** All registered clients, newest first, for the admin page. */
    List<RegisteredClient> list();

    /** Forgets a client with its consents and revokes its token families. */
    boolean delete(String clientId);
}
