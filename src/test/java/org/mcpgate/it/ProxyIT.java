package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpgate.it.McpClients.call;
import static org.mcpgate.it.McpClients.text;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcpgate.it.NetworkFixtures.ForwardProxy;
import org.mcpgate.it.NetworkFixtures.ForwardProxy.Passed;
import tools.jackson.databind.JsonNode;

/**
 * Jira through an HTTP proxy (src/test/liberty-config, tls.xml): a forwarding proxy that wants Basic credentials
 * carries plain HTTP requests and tunnels HTTPS ones; the per-product keys win over the generic ones; NO_PROXY
 * sends a request direct; and the proxy's password never reaches the log.
 */
class ProxyIT {

    private static final String PASSWORD = "proxy-it-secret";
    private static ForwardProxy proxy;
    private static NetworkFixtures.Deployments deployments;
    private static String httpsJira;

    /**
     * Deploys mcpgate.war behind the proxy for this class only: outside it the proxy is gone, and the server's
     * readiness, which covers every application, would be down. The generic keys of /proxied and /proxied-https
     * point nowhere, so their success shows the per-product keys win.
     */
    @BeforeAll
    static void startProxyAndDeployBehindIt() {
        proxy = new ForwardProxy(0, "mcpgate", PASSWORD);
        String authenticated = "http://mcpgate:" + PASSWORD + "@127.0.0.1:" + proxy.port();
        httpsJira = NetworkFixtures.deploymentProperty("mcpgate-tls", "JIRA_URL");
        deployments = NetworkFixtures.Deployments.start("proxy-it", List.of("/proxied", "/proxied-https",
                "/proxy-bypassed"), """
                <webApplication id="mcpgate-proxied" name="mcpgate-proxied" location="mcpgate.war"
                                contextRoot="/proxied">
                    <appProperties>
                        <property name="JIRA_HTTP_PROXY" value="%1$s"/>
                        <property name="HTTP_PROXY" value="http://127.0.0.1:1"/>
                    </appProperties>
                </webApplication>
                <webApplication id="mcpgate-proxied-https" name="mcpgate-proxied-https" location="mcpgate.war"
                                contextRoot="/proxied-https">
                    <appProperties>
                        <property name="JIRA_URL" value="%2$s"/>
                        <property name="JIRA_HTTPS_PROXY" value="%1$s"/>
                        <property name="HTTPS_PROXY" value="http://127.0.0.1:1"/>
                    </appProperties>
                </webApplication>
                <webApplication id="mcpgate-proxy-bypassed" name="mcpgate-proxy-bypassed" location="mcpgate.war"
                                contextRoot="/proxy-bypassed">
                    <appProperties>
                        <property name="HTTP_PROXY" value="http://127.0.0.1:%3$d"/>
                        <property name="NO_PROXY" value="localhost,127.0.0.1"/>
                    </appProperties>
                </webApplication>
                """.formatted(authenticated, httpsJira, proxy.port()));
    }

    @AfterAll
    static void undeployAndStopProxy() {
        try {
            deployments.close();
        } finally {
            proxy.close();
        }
    }

    @BeforeEach
    void fresh() {
        JiraSimulatorControl.reset();
        proxy.clear();
    }

    private static CallToolResult search(String deployment) {
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect(deployment, Map.of())) {
            return call(client, "jira_search", Map.of("jql", "project = DEMO"));
        }
    }

    private static List<Passed> forwarded() {
        return proxy.passed().stream().filter(p -> p.status() != 407).toList();
    }

    private static long searchesJiraReceived(String scheme) {
        long n = 0;
        for (JsonNode entry : JiraSimulatorControl.requests()) {
            if ("/rest/api/2/search".equals(entry.path("path").asString())
                    && scheme.equals(entry.path("scheme").asString())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void perProductHttpProxyThenRequestsGoThroughItWithItsCredentials() {
        CallToolResult result = search("/proxied");
        assertFalse(result.isError(), text(result));
        int jiraPort = URI.create(Servers.JIRA).getPort();
        List<Passed> passed = forwarded();
        assertFalse(passed.isEmpty(), "the proxy carried the search");
        for (Passed request : passed) {
            assertTrue(request.authenticated(), request.toString());
            assertTrue(request.target().startsWith("http://127.0.0.1:" + jiraPort + "/rest/api/2/"),
                    request.toString());
        }
        assertTrue(passed.contains(new Passed("POST", "http://127.0.0.1:" + jiraPort + "/rest/api/2/search", true,
                200)), passed.toString());
        assertEquals(1, searchesJiraReceived("http"));
    }

    @Test
    void perProductHttpsProxyThenTlsToJiraThroughATunnel() {
        CallToolResult result = search("/proxied-https");
        assertFalse(result.isError(), text(result));
        int httpsPort = URI.create(httpsJira).getPort();
        List<Passed> passed = forwarded();
        assertTrue(passed.contains(new Passed("CONNECT", "127.0.0.1:" + httpsPort, true, 200)), passed.toString());
        assertEquals(1, searchesJiraReceived("https"), "end-to-end TLS to Jira, the server's trust store trusting it");
    }

    @Test
    void hostInNoProxyThenDirectAndTheProxySeesNothing() {
        CallToolResult result = search("/proxy-bypassed");
        assertFalse(result.isError(), text(result));
        assertEquals(List.of(), proxy.passed());
        assertEquals(1, searchesJiraReceived("http"));
    }

    @Test
    void startupSummaryShowsTheProxyWithItsPasswordMasked() throws IOException {
        String log = ServerLogIT.messagesLog();
        int port = proxy.port();
        assertTrue(log.contains(String.format("%-26s %s", "JIRA_HTTP_PROXY", "http://mcpgate:********@127.0.0.1:"
                + port)), "summary of /proxied");
        assertTrue(log.contains(String.format("%-26s %s", "JIRA_HTTP_PROXY", "http://127.0.0.1:" + port
                + " (from HTTP_PROXY)")), "summary of /proxy-bypassed");
        assertTrue(log.contains(String.format("%-26s %s", "JIRA_NO_PROXY", "localhost, 127.0.0.1")));
        assertFalse(log.contains(PASSWORD), "the proxy password is in the log");
    }
}
