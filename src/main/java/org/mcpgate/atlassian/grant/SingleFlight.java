package org.mcpgate.atlassian.grant;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Runs at most one computation per key at a time: callers arriving while one runs wait for it and share its
 * result or its exception; other keys run in parallel. The first caller computes on its own thread. A caller
 * arriving after a computation ended starts a new one, so the computation should first check whether it is
 * still needed.
 */
public final class SingleFlight<K, V> {

    private final ConcurrentMap<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

    public V run(K key, Supplier<? extends V> computation) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            V value = computation.get();
            mine.complete(value);
            return value;
        } catch (Throwable e) {
            // every outcome completes the future, or the waiters would wait forever (precise rethrow: unchecked only)
            mine.completeExceptionally(e);
            throw e;
        } finally {
            // after completing: a caller that still finds this future gets its outcome at once
            inFlight.remove(key, mine);
        }
    }

    /** How many keys have a computation running now. */
    public int running() {
        return inFlight.size();
    }

    /**
     * Waits without a deadline of its own: the leader's computation is bounded (HTTP client timeouts), and a
     * waiter that gave up early would only start the same computation again.
     */
    private static <V> V await(CompletableFuture<V> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
