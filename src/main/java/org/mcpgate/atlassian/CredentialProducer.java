package org.mcpgate.atlassian;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.mcpgate.config.JiraSettings;

/** Chooses, once, the credential mcpgate sends to Jira from the configured mode. */
@ApplicationScoped
public class CredentialProducer {

    @Produces
    @Singleton
    @Jira
    Credential jiraCredential(JiraSettings settings) {
        return settings.personalToken().<Credential>map(Credential.PersonalToken::new).orElseGet(
                () -> new Credential.Basic(settings.username().orElseThrow(), settings.apiToken().orElseThrow()));
    }
}
