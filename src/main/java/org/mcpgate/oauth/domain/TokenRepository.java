package org.mcpgate.oauth.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Token families and the tokens issued in them, known by hash. */
public interface TokenRepository {

    /** A token with the family it belongs to. */
    record Found(IssuedToken token, TokenFamily family) {
    }

    void saveFamily(TokenFamily family);

    Optional<TokenFamily> findFamily(String familyId);

    /** The families not revoked, newest first, for the admin page. */
    List<TokenFamily> listActive();

    /**
     * Revokes the family and deletes its tokens.
     *
     * @return the family as it was, if it existed and was not revoked already
     */
    Optional<TokenFamily> revokeFamily(String familyId, Instant now);

    /** Families of a client, or of a person, so that deleting either can revoke them. */
    List<TokenFamily> familiesOfClient(String clientId);

    void saveToken(IssuedToken token);

    Optional<Found> findToken(String hash);

    /**
     * Marks a refresh token used, atomically: of two concurrent rotations exactly one gets {@code true}.
     */
    boolean markUsed(String hash, Instant now);

    /** Deletes expired tokens, and revoked families older than {@code revokedBefore}; returns how many rows. */
    int purgeExpired(Instant now, Instant revokedBefore);
}
