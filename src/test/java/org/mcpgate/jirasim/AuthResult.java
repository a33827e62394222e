package org.mcpgate.jirasim;

/**
 * What the credentials of a request amount to.
 *
 * @param user the authenticated user, when {@code outcome} is AUTHENTICATED
 */
record AuthResult(Outcome outcome, SimUser user) {
    enum Outcome {
        /** No Authorization header. */
        NONE,
        AUTHENTICATED,
        /** A bearer token Jira does not know (expired and revoked look the same). */
        BAD_TOKEN,
        /** Basic credentials with a wrong password or an unknown or inactive user. */
        BAD_PASSWORD
    }

    static AuthResult of(Outcome outcome) {
        return new AuthResult(outcome, null);
    }

    boolean authenticated() {
        return outcome == Outcome.AUTHENTICATED;
    }

    /** The name the request log shows: the user, or null when credentials were missing or rejected. */
    String logName() {
        return user == null ? null : user.name();
    }
}
