package org.mcpgate.jira;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import org.mcpgate.atlassian.RestClient;
import org.mcpgate.atlassian.UpstreamClients;
import org.mcpgate.atlassian.UpstreamErrors;
import org.mcpgate.atlassian.auth.Caller;
import org.mcpgate.atlassian.auth.CredentialStrategy;
import org.mcpgate.atlassian.auth.JiraTarget;
import org.mcpgate.config.JiraSettings;

/**
 * Hands out a Jira client for "this caller": the credential strategy decides which Jira and which credential,
 * so tool handlers never know the authentication mode. One HTTP client (and its connection pool) serves all.
 */
@ApplicationScoped
public class JiraClients {

    @Inject
    JiraSettings settings;

    @Inject
    CredentialStrategy credentials;

    private Client client;

    @PostConstruct
    void connect() {
        client = UpstreamClients.create("Jira", settings);
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public JiraClient forCaller(Caller caller) {
        return at(credentials.targetFor(caller));
    }

    /** Whether Jira answers at all, without a credential: for readiness where each user brings their own. */
    public void assertReachable() {
        try (Response response = client.target(settings.baseUrl()).path("rest/api/2/serverInfo").request().get()) {
            if (response.getStatus() >= 500) {
                throw UpstreamErrors.fromResponse("Jira", response.getStatus(), response.readEntity(String.class),
                        null, null);
            }
        } catch (ProcessingException e) {
            throw UpstreamErrors.fromFailure("Jira", settings.baseUrl(), e, settings.timeout().toSeconds());
        }
    }

    JiraClient at(JiraTarget target) {
        return new JiraClient(new RestClient("Jira", target.baseUrl(), target.credential(), client,
                settings.timeout().toSeconds(), settings.customHeaders()));
    }
}
