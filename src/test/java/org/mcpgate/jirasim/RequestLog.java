package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.List;

/**
 * Every request received outside {@code /_sim}, in arrival order, for tests to inspect. An entry is added when the
 * request arrives (status 0) and completed with the status once answered. Thread-safe.
 */
final class RequestLog {
    private static final int LIMIT = 10_000;
    private final List<RecordedRequest> entries = new ArrayList<>();

    synchronized RecordedRequest add(RecordedRequest request) {
        if (entries.size() >= LIMIT) {
            entries.remove(0);
        }
        entries.add(request);
        return request;
    }

    /** Replaces the arrival entry (found by identity) by its completed form. */
    synchronized void complete(RecordedRequest arrived, RecordedRequest completed) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i) == arrived) {
                entries.set(i, completed);
                return;
            }
        }
    }

    synchronized List<RecordedRequest> all() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        entries.clear();
    }
}
