package org.mcpgate.jirasim;

import java.util.List;

/** A Jira DC user: {@code name} is the login and can change, {@code key} (JIRAUSER10xxx) never does. */
record SimUser(String name, String key, String displayName, String emailAddress, boolean active, String timeZone,
        String password, List<String> groups) {
    SimUser {
        groups = List.copyOf(groups);
    }
}
