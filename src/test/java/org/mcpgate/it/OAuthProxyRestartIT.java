package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpgate.it.McpClients.call;

import io.modelcontextprotocol.client.McpSyncClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * What the OAuth proxy keeps across a restart of its application (node A, restarted through Liberty's
 * ApplicationMBean over the local JMX connector): registered clients, remembered consents and live refresh tokens
 * are in the database, and the cookies it signed still verify, so people and clients carry on without signing in
 * again. Self-contained: it registers its own client and signs in first.
 */
class OAuthProxyRestartIT {

    private static final String APPLICATION = "mcpgate-proxy-a";

    @Test
    void applicationRestartedThenClientConsentAndRefreshTokenStillWork() throws Exception {
        OAuthProxyFlowIT.upstreamClients();
        ProxyBrowser browser = new ProxyBrowser();
        ProxyClient client = ProxyClient.register(Servers.PROXY, "Restart IT", OAuthProxyFlowIT.REDIRECT);
        ProxyClient.Tokens before = client.signIn(browser, "bob", null);

        restart(APPLICATION);

        ProxyClient.Authorization again = client.start(null);
        HttpResponse<String> straightToJira = browser.get(again.url());
        assertEquals(303, straightToJira.statusCode(), "consent remembered: " + straightToJira.body());
        client.finish(ProxyBrowser.clientRedirect(browser.signInAtJira(straightToJira, "bob")), again, Servers.PROXY);

        ProxyClient.Tokens refreshed = ProxyClient.tokens(client.refresh(Servers.PROXY, before.refresh()));
        JiraSimulatorControl.clearRequests();
        try (McpSyncClient mcp = ProxyClient.mcp(McpClients.STREAMABLE_HTTP, Servers.PROXY, refreshed.access())) {
            assertFalse(call(mcp, "jira_get_issue", Map.of("issue_key", "DEMO-1")).isError());
        }
        assertEquals(List.of("bob"), OAuthProxyFlowIT.jiraUsers());
    }

    /**
     * Restarts one application of the test server through its ApplicationMBean: stop, then start, each its own call
     * (Liberty's single {@code restart} operation fails here: the start runs on the JMX thread, whose context class
     * loader still names the stopped module). Waits until the application answers again.
     */
    private static void restart(String application) throws Exception {
        Path address = Path.of(System.getProperty("mcpgate.server.dir"), "logs", "state",
                "com.ibm.ws.jmx.local.address");
        ObjectName app = new ObjectName("WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name="
                + application);
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(Files.readString(address)
                .strip()))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            server.invoke(app, "stop", null, null);
            await(() -> "STOPPED".equals(attribute(server, app, "State")), application + " stopped");
            server.invoke(app, "start", null, null);
            await(() -> "STARTED".equals(attribute(server, app, "State")), application + " started");
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest metadata = HttpRequest.newBuilder(URI.create(Servers.PROXY
                + "/.well-known/oauth-authorization-server")).timeout(Duration.ofSeconds(5)).build();
        await(() -> status(http, metadata) == 200, application + " answers");
    }

    private static Object attribute(MBeanServerConnection server, ObjectName name, String attribute) {
        try {
            return server.getAttribute(name, attribute);
        } catch (Exception e) {
            return null; // not registered again yet
        }
    }

    private static int status(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls the condition for up to two minutes. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
            Thread.sleep(200);
        }
    }
}
