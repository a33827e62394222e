package org.mcpgate.atlassian.auth;

/**
 * One way of choosing the Jira credential for a call. The strategy is picked once at startup from the
 * configuration; tool handlers never see which one is in force.
 */
public interface CredentialStrategy {

    /** The Jira and credential to use for this caller, or an {@link AuthenticationRequired} when there is none. */
    JiraTarget targetFor(Caller caller);

    /** A line for the startup summary, e.g. "personal access token (Bearer)"; never a secret. */
    String describe();

    /** Whether each request must bring its own credential (so the edge answers 401 to those that do not). */
    default boolean perRequest() {
        return false;
    }
}
