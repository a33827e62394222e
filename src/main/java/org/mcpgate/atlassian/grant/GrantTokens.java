package org.mcpgate.atlassian.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.mcpgate.atlassian.UpstreamException;

/**
 * A valid access token for a grant, refreshed when it is about to expire. Refreshing rotates the pair and
 * invalidates the old refresh token (Jira DC at once; Atlassian Cloud after a reuse window), so two refreshes from
 * the same pair must never race:
 * <ul>
 * <li>on this node, callers of one grant share a single refresh ({@link SingleFlight});</li>
 * <li>across nodes, the stored version decides: the pair is stored only if the grant is still at the version whose
 * refresh token was used. A node that loses (its save is stale, or its refresh was refused because the winner
 * already rotated the pair) reloads the grant and uses the pair the winner stored.</li>
 * </ul>
 * The grant is read from the database on every call, never cached here: another node's refresh kills the access
 * token this node would have cached.
 */
@ApplicationScoped
public class GrantTokens {

    /** A token this close to expiry is refreshed first: it could expire while the request is in flight. */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);
    private static final Duration OTHER_NODE_PATIENCE = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(GrantTokens.class.getName());

    private final UpstreamGrants grants;
    private final GrantRefresher refresher;
    private final Clock clock;
    private final Duration otherNodePatience;
    private final SingleFlight<String, String> refreshes = new SingleFlight<>();

    /** For the CDI client proxy only. */
    protected GrantTokens() {
        this(null, null, Clock.systemUTC(), Duration.ZERO);
    }

    @Inject
    public GrantTokens(UpstreamGrants grants, GrantRefresher refresher) {
        this(grants, refresher, Clock.systemUTC(), OTHER_NODE_PATIENCE);
    }

    /** @param otherNodePatience how long a refused refresh waits for another node to store the pair it rotated */
    public GrantTokens(UpstreamGrants grants, GrantRefresher refresher, Clock clock, Duration otherNodePatience) {
        this.grants = grants;
        this.refresher = refresher;
        this.clock = clock;
        this.otherNodePatience = otherNodePatience;
    }

    /**
     * The grant's access token, valid for at least {@link #EXPIRY_MARGIN}.
     *
     * @throws UpstreamException when there is no such grant, or it cannot be refreshed (revoked, expired, or the
     *         authorization server is unreachable); the message says what an administrator must do
     */
    public String accessToken(String grantId) {
        UpstreamGrant grant = load(grantId);
        return usable(grant) ? grant.accessToken() : refreshes.run(grantId, () -> refreshOrReuse(grantId));
    }

    private String refreshOrReuse(String grantId) {
        UpstreamGrant used = load(grantId); // the flight that just ended, or another node, may have refreshed it
        if (usable(used)) {
            return used.accessToken();
        }
        if (used.refreshToken().isEmpty()) {
            throw new UpstreamException(0, "The OAuth access to " + used.provider().product() + " expired and"
                    + " mcpgate holds no refresh token for it; " + TokenEndpointErrors.RECONNECT
                    + (used.provider() == UpstreamProvider.ATLASSIAN_CLOUD ? " with the offline_access scope" : "")
                    + ".");
        }
        TokenResponse tokens;
        try {
            tokens = refresher.refresh(used);
        } catch (UpstreamException refused) {
            boolean maybeRotatedElsewhere = refused.status() >= 400 && refused.status() < 500;
            return storedByAnotherNode(used, maybeRotatedElsewhere ? otherNodePatience : Duration.ZERO)
                    .orElseThrow(() -> refused);
        }
        Optional<UpstreamGrant> stored = grants.replaceTokens(grantId, used.version(), tokens.accessToken(),
                tokens.refreshToken().or(used::refreshToken), tokens.expiresAt(clock.instant()));
        if (stored.isPresent()) {
            return stored.get().accessToken();
        }
        LOG.fine(() -> "Grant " + grantId + " was changed by another node during a refresh; using its tokens");
        return storedByAnotherNode(used, Duration.ZERO).orElseThrow(() -> new UpstreamException(0,
                "The OAuth connection to " + used.provider().product() + " changed while it was being refreshed;"
                        + " try again."));
    }

    /** The access token another node stored after {@code used}, waiting up to {@code patience} for it. */
    private Optional<String> storedByAnotherNode(UpstreamGrant used, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            UpstreamGrant now = load(used.id());
            if (now.version() != used.version() && usable(now)) {
                return Optional.of(now.accessToken());
            }
            if (System.nanoTime() - deadline >= 0) {
                return Optional.empty();
            }
            try {
                Thread.sleep(Math.min(200, patience.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private UpstreamGrant load(String grantId) {
        try {
            return grants.find(grantId).orElseThrow(() -> new UpstreamException(0, "mcpgate has no OAuth"
                    + " connection to Jira; an administrator must connect it on the admin page (/admin)."));
        } catch (TokenCipherException e) {
            throw new UpstreamException(0, e.getMessage() + ".");
        }
    }

    private boolean usable(UpstreamGrant grant) {
        return !grant.expiresWithin(EXPIRY_MARGIN, clock.instant());
    }
}
