package org.mcpgate.jirasim;

import java.time.Instant;
import java.util.List;

/** One changelog entry: who changed what, when. */
record SimHistory(String id, String author, Instant created, List<SimChangeItem> items) {
    SimHistory {
        items = List.copyOf(items);
    }
}
