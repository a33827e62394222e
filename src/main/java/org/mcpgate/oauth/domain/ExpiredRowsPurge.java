package org.mcpgate.oauth.domain;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes what has expired (pending sign-ins, codes, tokens) and revoked families after a week, on the server's
 * managed scheduler. Every node runs it; the deletes are idempotent, so nodes need no coordination.
 */
@ApplicationScoped
public class ExpiredRowsPurge {

    static final Duration EVERY = Duration.ofMinutes(10);
    /** Revoked families stay a week, so an admin can still see what was revoked and why it stopped working. */
    static final Duration KEEP_REVOKED = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(ExpiredRowsPurge.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AuthorizationRepository authorizations;

    @Inject
    TokenRepository tokens;

    private ScheduledFuture<?> task;

    public void start() {
        task = scheduler.scheduleWithFixedDelay(this::purge, 1, EVERY.toMinutes() * 60, TimeUnit.SECONDS);
    }

    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One pass; returns how many rows went. */
    public int purge() {
        try {
            Instant now = Instant.now();
            int deleted = authorizations.purgeExpired(now) + tokens.purgeExpired(now, now.minus(KEEP_REVOKED));
            if (deleted > 0) {
                LOG.fine(() -> "OAuth proxy: purged " + deleted + " expired rows");
            }
            return deleted;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "OAuth proxy: purging expired rows failed; the next pass retries", e);
            return 0;
        }
    }
}
