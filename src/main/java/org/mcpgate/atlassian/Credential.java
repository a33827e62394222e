package org.mcpgate.atlassian;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * How mcpgate proves who it is to Jira. Its {@code toString} never shows the secret, so a credential that ends
 * up in a log line leaks nothing.
 */
public sealed interface Credential {

    /** The value of the {@code Authorization} header. */
    String authorization();

    /** What to tell a person when Jira refuses this credential. */
    String refusalAdvice();

    /** A Data Center personal access token, sent as a Bearer token. */
    record PersonalToken(String token) implements Credential {

        public PersonalToken {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String authorization() {
            return "Bearer " + token;
        }

        @Override
        public String refusalAdvice() {
            return "the personal access token in JIRA_PERSONAL_TOKEN is wrong, expired or revoked."
                    + " Create a new one in Jira (profile > Personal Access Tokens) and set it;"
                    + " if you meant a password or Cloud API token, set JIRA_USERNAME and JIRA_API_TOKEN instead";
        }

        @Override
        public String toString() {
            return "PersonalToken[********]";
        }
    }

    /** A username with a password (Data Center) or an API token (Cloud), sent as HTTP Basic. */
    record Basic(String username, String secret) implements Credential {

        public Basic {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String authorization() {
            String pair = username + ":" + secret;
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String refusalAdvice() {
            return "the username '" + username + "' with the password or API token in JIRA_API_TOKEN was refused."
                    + " Check both; on Data Center a personal access token belongs in JIRA_PERSONAL_TOKEN"
                    + " (sent as Bearer), not in JIRA_API_TOKEN";
        }

        @Override
        public String toString() {
            return "Basic[" + username + ", ********]";
        }
    }
}
