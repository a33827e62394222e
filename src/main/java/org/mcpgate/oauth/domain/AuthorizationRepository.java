package org.mcpgate.oauth.domain;

import java.time.Instant;
import java.util.Optional;

/** Authorizations in flight: pending ones waiting for Atlassian, then their single-use codes. */
public interface AuthorizationRepository {

    void savePending(PendingAuthorization pending);

    /** Removes and returns the pending authorization with that upstream state: each can complete only once. */
    Optional<PendingAuthorization> takePending(String upstreamState);

    void saveCode(AuthorizationCode code);

    /** What presenting a code found. */
    sealed interface Redemption {
        /** First use: the code is now spent. */
        record Fresh(AuthorizationCode code) implements Redemption {
        }

        /** The code was already spent: its family must be revoked. */
        record Reused(AuthorizationCode code) implements Redemption {
        }

        /** No such code (never issued, or purged). */
        record Unknown() implements Redemption {
        }
    }

    /** Marks the code used, atomically: of two concurrent redemptions exactly one is {@code Fresh}. */
    Redemption redeemCode(String codeHash, Instant now);

    /** Deletes pending authorizations and codes that expired before {@code now}; returns how many. */
    int purgeExpired(Instant now);
}
