package org.mcpgate.jirasim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The active faults; the first one matching a request applies, and a spent one disappears. Thread-safe. */
final class FaultInjector {
    private final List<Fault> faults = new ArrayList<>();
    private int nextId = 1;

    synchronized Fault add(JsonNode json) {
        Fault fault = Fault.parse(String.valueOf(nextId++), json);
        faults.add(fault);
        return fault;
    }

    synchronized Optional<Fault> take(String method, String path) {
        for (Fault fault : faults) {
            if (fault.matches(method, path) && fault.consume()) {
                if (fault.spent()) {
                    faults.remove(fault);
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    synchronized List<Fault> all() {
        return List.copyOf(faults);
    }

    synchronized void clear() {
        faults.clear();
    }
}
