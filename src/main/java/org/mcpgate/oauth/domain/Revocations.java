package org.mcpgate.oauth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.mcpgate.atlassian.auth.OAuthConnection;

/** Ends a token family: its tokens stop working at once, and the person's Atlassian grant behind it is forgotten. */
@ApplicationScoped
public class Revocations {

    private static final Logger LOG = Logger.getLogger(Revocations.class.getName());

    @Inject
    TokenRepository tokens;

    @Inject
    OAuthConnection connection;

    Clock clock = Clock.systemUTC();

    /** @param why for the log: who or what asked */
    public boolean revokeFamily(String familyId, String why) {
        return tokens.revokeFamily(familyId, clock.instant()).map(family -> {
            connection.forget(family.upstreamGrantId());
            LOG.info(() -> "OAuth proxy: revoked the tokens of " + family.subject() + " for client "
                    + family.clientId() + " (" + why + ")");
            return true;
        }).orElse(false);
    }
}
