package org.mcpgate.atlassian.auth;

import java.util.Objects;
import org.mcpgate.atlassian.Credential;

/** Which Jira to call and with what credential, for one caller. */
public record JiraTarget(String baseUrl, Credential credential) {

    public JiraTarget {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(credential, "credential");
    }
}
