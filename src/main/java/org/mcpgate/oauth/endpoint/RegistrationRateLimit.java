package org.mcpgate.oauth.endpoint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mcpgate.config.ProxySettings;

/**
 * At most MCPGATE_OAUTH_REGISTRATIONS_PER_MINUTE registrations per client address and minute, on this node: enough
 * for any real client (one registration per install), too few to fill the database. Bounded memory: the least
 * recently seen addresses are forgotten first.
 */
@ApplicationScoped
public class RegistrationRateLimit {

    @Inject
    ProxySettings settings;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int ADDRESSES = 10_000;

    private final Map<String, Deque<Long>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > ADDRESSES;
        }
    };
    Clock clock = Clock.systemUTC();

    /** Records an attempt; 0 when it is allowed, else the seconds until the next one would be. */
    public synchronized long secondsUntilAllowed(String address) {
        long now = clock.millis();
        Deque<Long> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= now - WINDOW.toMillis()) {
            times.pollFirst();
        }
        if (times.size() >= settings.registrationsPerMinute()) {
            return Math.max(1, (times.peekFirst() + WINDOW.toMillis() - now + 999) / 1000);
        }
        times.addLast(now);
        return 0;
    }
}
