package org.mcpgate.oauth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/** What an administrator sees and ends: the registered clients and every person's live sign-in. */
@ApplicationScoped
public class ProxyAdministration {

    private static final Logger LOG = Logger.getLogger(ProxyAdministration.class.getName());

    @Inject
    ClientRepository clients;

    @Inject
    TokenRepository tokens;

    @Inject
    Revocations revocations;

    public List<RegisteredClient> clients() {
        return clients.list();
    }

    public List<TokenFamily> signIns() {
        return tokens.listActive();
    }

    /** Ends one person's sign-in through one client. */
    public boolean revokeSignIn(String familyId, String admin) {
        return revocations.revokeFamily(familyId, "revoked by administrator " + admin);
    }

    /** Removes a client: every sign-in through it ends, its consents go, and it must register again. */
    public boolean removeClient(String clientId, String admin) {
        tokens.familiesOfClient(clientId).forEach(family -> revocations.revokeFamily(family.id(),
                "client removed by administrator " + admin));
        boolean removed = clients.delete(clientId);
        if (removed) {
            LOG.info(() -> "OAuth proxy: administrator " + admin + " removed client " + clientId);
        }
        return removed;
    }
}
