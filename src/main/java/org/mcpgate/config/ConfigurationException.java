package org.mcpgate.config;

import java.util.List;

/** Thrown at startup when configuration is missing or contradictory; its message names every key to fix. */
public final class ConfigurationException extends RuntimeException {

    private final List<String> problems;

    public ConfigurationException(List<String> problems) {
        super("mcpgate cannot start, fix its configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
