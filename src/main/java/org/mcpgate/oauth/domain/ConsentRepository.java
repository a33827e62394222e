package org.mcpgate.oauth.domain;

import java.util.List;
import java.util.Optional;

/** Remembered consents, one per person and client. */
public interface ConsentRepository {

    /** Records or replaces the person's consent for that client. */
    void save(Consent consent);

    Optional<Consent> find(String subject, String clientId);

    List<Consent> list();

    boolean delete(String subject, String clientId);
}
