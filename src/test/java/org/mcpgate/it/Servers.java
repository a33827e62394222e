package org.mcpgate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/** Where the build started the servers under test (see the failsafe configuration in the pom). */
final class Servers {

    static final String MCPGATE = System.getProperty("mcpgate.url", "http://127.0.0.1:9180");
    static final String JIRA = System.getProperty("jirasim.url", "http://127.0.0.1:9191");
    /** The simulator's HTTPS listener (server certificate from its test PKI, which the test server trusts). */
    static final String JIRA_HTTPS = System.getProperty("jirasim.https.url", "https://127.0.0.1:9195");
    /** The OAuth proxy deployment, at the root of its own port, and a second node of its cluster. */
    static final String PROXY = System.getProperty("mcpgate.proxy.url", "http://127.0.0.1:9183");
    static final String PROXY_B = System.getProperty("mcpgate.proxy.b.url", "http://127.0.0.1:9184");

    private Servers() {
    }

    /** Whether mcpgate at that context root finished starting: it logs where it serves MCP last. */
    static boolean started(String contextRoot) {
        try {
            return ServerLogIT.messagesLog().contains("serves MCP at " + contextRoot + "/mcp ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (up to 3 minutes) until those deployments started: the server reports started before all of them. */
    static void awaitStarted(String... contextRoots) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        for (String root : contextRoots) {
            while (!started(root)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(root + " did not start within 3 minutes");
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
