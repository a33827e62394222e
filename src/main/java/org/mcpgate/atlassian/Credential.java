package org.mcpgate.atlassian;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * How mcpgate proves who it is to Jira. Each credential knows where it came from (a configuration key, a request
 * header, the admin's OAuth connection), so a refusal can say which credential failed and how to fix it. Its
 * {@code toString} never shows the secret, so a credential that ends up in a log line leaks nothing.
 */
public sealed interface Credential {

    /** The value of the {@code Authorization} header. */
    String authorization();

    /** What to tell a person when Jira refuses this credential. */
    String refusalAdvice();

    /** A Data Center personal access token, sent as a Bearer token. */
    record PersonalToken(String token, String source) implements Credential {

        public PersonalToken {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String authorization() {
            return "Bearer " + token;
        }

        @Override
        public String refusalAdvice() {
            return "the personal access token in " + source + " is wrong, expired or revoked."
                    + " Create a new one in Jira (profile > Personal Access Tokens) and use it;"
                    + " a password or Cloud API token goes with a username as Basic authentication instead";
        }

        @Override
        public String toString() {
            return "PersonalToken[" + source + ", ********]";
        }
    }

    /** A username with a password (Data Center) or an API token (Cloud), sent as HTTP Basic. */
    record Basic(String username, String secret, String source) implements Credential {

        public Basic {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String authorization() {
            String pair = username + ":" + secret;
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String refusalAdvice() {
            return "the username '" + username + "' with the password or API token in " + source + " was refused."
                    + " Check both; on Data Center a personal access token is sent as a Bearer token"
                    + " (JIRA_PERSONAL_TOKEN, or 'Authorization: Token <PAT>'), not as a Basic password";
        }

        @Override
        public String toString() {
            return "Basic[" + username + ", " + source + ", ********]";
        }
    }

    /** An OAuth 2.0 access token (brought by an admin or a user, or from mcpgate's own OAuth connection). */
    record AccessToken(String token, String source, String renewal) implements Credential {

        public AccessToken {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(renewal, "renewal");
        }

        @Override
        public String authorization() {
            return "Bearer " + token;
        }

        @Override
        public String refusalAdvice() {
            return "the OAuth access token from " + source + " is expired or revoked; " + renewal;
        }

        @Override
        public String toString() {
            return "AccessToken[" + source + ", ********]";
        }
    }
}
