package org.mcpgate.jirasim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The personal access tokens the simulated Jira accepts, each mapped to a user name. Thread-safe. */
final class TokenRegistry {
    /** The demo PATs printed at start-up; the integration tests configure mcpgate with alice's. */
    static final Map<String, String> DEFAULTS = Map.of(
            "sim-alice-token", "alice",
            "sim-bob-token", "bob",
            "sim-admin-token", "admin");

    private final Map<String, String> baseline;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    TokenRegistry(Map<String, String> baseline) {
        this.baseline = new LinkedHashMap<>(baseline);
        reset();
    }

    synchronized void reset() {
        tokens.clear();
        tokens.putAll(baseline);
    }

    synchronized void put(String token, String user) {
        tokens.put(token, user);
    }

    synchronized void remove(String token) {
        tokens.remove(token);
    }

    synchronized Map<String, String> all() {
        return new LinkedHashMap<>(tokens);
    }

    /** The user of a token, compared in constant time as a real server would. */
    synchronized Optional<String> user(String token) {
        byte[] offered = token.getBytes(StandardCharsets.UTF_8);
        return tokens.entrySet().stream()
                .filter(e -> MessageDigest.isEqual(e.getKey().getBytes(StandardCharsets.UTF_8), offered))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
