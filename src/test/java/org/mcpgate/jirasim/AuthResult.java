package org.mcpgate.jirasim;

/**
 * What the credentials of a request amount to.
 *
 * @param user the authenticated user, when {@code outcome} is AUTHENTICATED
 * @param scope the scope of an OAuth 2.0 access token; null for PATs and Basic, which act with all the user's rights
 */
record AuthResult(Outcome outcome, SimUser user, OAuthScope scope) {
    enum Outcome {
        /** No Authorization header. */
        NONE,
        AUTHENTICATED,
        /** A bearer token Jira does not know (expired and revoked look the same). */
        BAD_TOKEN,
        /** Basic credentials with a wrong password or an unknown or inactive user. */
        BAD_PASSWORD
    }

    AuthResult(Outcome outcome, SimUser user) {
        this(outcome, user, null);
    }

    static AuthResult of(Outcome outcome) {
        return new AuthResult(outcome, null);
    }

    boolean authenticated() {
        return outcome == Outcome.AUTHENTICATED;
    }

    /** Whether the request carries an OAuth 2.0 access token, whose scope limits what it may do. */
    boolean scoped() {
        return scope != null;
    }

    /** The name the request log shows: the user, or null when credentials were missing or rejected. */
    String logName() {
        return user == null ? null : user.name();
    }
}
