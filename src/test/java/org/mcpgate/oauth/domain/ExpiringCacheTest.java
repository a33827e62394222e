package org.mcpgate.oauth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void getWhenExpiredThenEmptyAndForgotten() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(10);
        cache.put("a", "A", T0, T0.plusSeconds(30));
        assertEquals(Optional.of("A"), cache.get("a", T0.plusSeconds(29)));
        assertEquals(Optional.empty(), cache.get("a", T0.plusSeconds(30)));
        assertEquals(0, cache.size());
    }

    @Test
    void putWhenAlreadyStaleThenNotKept() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(10);
        cache.put("a", "A", T0, T0.plusSeconds(30));
        cache.put("a", "B", T0, T0);
        assertEquals(Optional.empty(), cache.get("a", T0));
    }

    @Test
    void putWhenFullThenLeastRecentlyUsedEvicted() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(2);
        Instant later = T0.plusSeconds(60);
        cache.put("a", "A", T0, later);
        cache.put("b", "B", T0, later);
        cache.get("a", T0);
        cache.put("c", "C", T0, later);
        assertEquals(2, cache.size());
        assertEquals(Optional.of("A"), cache.get("a", T0));
        assertEquals(Optional.empty(), cache.get("b", T0));
        assertEquals(Optional.of("C"), cache.get("c", T0));
    }
}
