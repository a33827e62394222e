package org.mcpgate.oauth.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small in-memory cache whose entries expire, bounded so that clients inventing URLs cannot grow it without end:
 * past its capacity the least recently used entry goes.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant expiresAt) {
    }

    private final Map<K, Entry<V>> entries;

    ExpiringCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<V> get(K key, Instant now) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.expiresAt())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** Keeps the value until {@code expiresAt}; one that is already stale is not kept at all. */
    synchronized void put(K key, V value, Instant now, Instant expiresAt) {
        if (expiresAt.isAfter(now)) {
            entries.put(key, new Entry<>(value, expiresAt));
        } else {
            entries.remove(key);
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
