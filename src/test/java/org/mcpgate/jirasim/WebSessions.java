package org.mcpgate.jirasim;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** Browser sessions of the login page: the {@code JSESSIONID} cookie value → user name. Thread-safe. */
final class WebSessions {
    static final String COOKIE = "JSESSIONID";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> sessions = new HashMap<>();

    synchronized String open(String user) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String session = HexFormat.of().withUpperCase().formatHex(id);
        sessions.put(session, user);
        return session;
    }

    synchronized Optional<String> user(String session) {
        return Optional.ofNullable(sessions.get(session));
    }

    synchronized void close(String session) {
        sessions.remove(session);
    }

    synchronized void reset() {
        sessions.clear();
    }
}
