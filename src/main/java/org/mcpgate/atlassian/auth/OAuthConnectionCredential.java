package org.mcpgate.atlassian.auth;

/** Every caller acts through the administrator's OAuth connection (refreshed as it nears expiry). */
final class OAuthConnectionCredential implements CredentialStrategy {

    private final OAuthConnection connection;

    OAuthConnectionCredential(OAuthConnection connection) {
        this.connection = connection;
    }

    @Override
    public JiraTarget targetFor(Caller caller) {
        return connection.target();
    }

    @Override
    public String describe() {
        return "OAuth 2.0 connection to " + connection.provider().product() + " (made on the admin page)";
    }
}
