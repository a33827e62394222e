package org.mcpgate.it;

/** Where the build started the servers under test (see the failsafe configuration in the pom). */
final class Servers {

    static final String MCPGATE = System.getProperty("mcpgate.url", "http://127.0.0.1:9180");
    static final String JIRA = System.getProperty("jirasim.url", "http://127.0.0.1:9191");

    private Servers() {
    }
}
