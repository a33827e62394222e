package org.mcpgate.atlassian.auth;

import org.mcpgate.atlassian.Credential;

/** One credential for every caller: a PAT, Basic, or a brought OAuth access token. */
final class ServerWideCredential implements CredentialStrategy {

    private final JiraTarget target;
    private final String description;

    ServerWideCredential(String baseUrl, Credential credential, String description) {
        this.target = new JiraTarget(baseUrl, credential);
        this.description = description;
    }

    @Override
    public JiraTarget targetFor(Caller caller) {
        return target;
    }

    @Override
    public String describe() {
        return description;
    }
}
