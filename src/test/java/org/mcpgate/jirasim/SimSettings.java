package org.mcpgate.jirasim;

/** Behaviour switches the control API flips; reset restores the defaults. */
final class SimSettings {
    /**
     * When on, a missing or unknown bearer token on an anonymously readable resource (serverInfo, search) answers
     * 200 as {@code anonymous} instead of 401, as a Jira with anonymous browsing does. Bad Basic passwords still fail.
     */
    private volatile boolean anonymousAccess;

    boolean anonymousAccess() {
        return anonymousAccess;
    }

    void anonymousAccess(boolean enabled) {
        anonymousAccess = enabled;
    }

    void reset() {
        anonymousAccess = false;
    }
}
