package org.mcpgate.atlassian.grant;

import java.time.Instant;
import java.util.Optional;

/** The stored OAuth grants to Atlassian. Implementations seal the tokens at rest; callers only see clear ones. */
public interface UpstreamGrants {

    /**
     * Stores a grant just obtained (connect, or connect again), replacing any stored grant with the same id
     * whatever its version.
     *
     * @return the grant as stored, with its new version
     */
    UpstreamGrant save(UpstreamGrant grant);

    Optional<UpstreamGrant> find(String id);

    /** The grant the whole server acts through, if an administrator connected one. */
    default Optional<UpstreamGrant> findServerWide() {
        return find(UpstreamGrant.SERVER_WIDE_ID);
    }

    /** Forgets a grant (revocation, disconnect). */
    boolean delete(String id);

    /**
     * Replaces the token pair after a refresh, atomically and only if the grant is still at
     * {@code expectedVersion} (compare-and-set on the version): the refresh that produced the pair used that
     * version's refresh token, so a pair stored meanwhile by another node must not be overwritten.
     *
     * @return the grant as stored, with its new version; empty if it changed or disappeared since that version
     */
    Optional<UpstreamGrant> replaceTokens(String id, long expectedVersion, String accessToken,
            Optional<String> refreshToken, Instant accessExpiresAt);

    /**
     * Re-seals with the current key every value sealed with a previous one, so that key can be retired.
     *
     * @return how many grants were re-sealed
     */
    int resealWithCurrentKey();
}
