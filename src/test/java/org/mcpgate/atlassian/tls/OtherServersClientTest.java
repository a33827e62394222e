package org.mcpgate.atlassian.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcpgate.atlassian.UpstreamClients;
import org.mcpgate.config.JiraSettings;
import org.mcpgate.config.SettingsReader;
import org.mcpgate.it.NetworkFixtures.ForwardProxy;
import org.mcpgate.jirasim.JiraSimulator;
import org.mcpgate.jirasim.RecordedRequest;
import org.mcpgate.jirasim.SimTls;
import org.mcpgate.jirasim.TestPki;

/**
 * The same clients on Jersey, the Jakarta REST client of Payara and GlassFish (the unit tests' implementation):
 * without Open Liberty, trust is the JVM's trust store ({@code javax.net.ssl.trustStore}, which Payara points at its
 * domain's cacerts.jks), and the client certificate and the proxy still apply.
 */
class OtherServersClientTest {

    private static TestPki pki;
    private static JiraSimulator jira;
    private static String savedTrustStore;
    private static String savedPassword;

    @BeforeAll
    static void start() {
        pki = TestPki.ensure(Path.of("target", "tls-unit-pki"));
        jira = JiraSimulator.start("127.0.0.1", 0, null, Map.of(), List.of(SimTls.of(pki, 0, false),
                SimTls.of(pki, 0, true)));
        savedTrustStore = System.getProperty("javax.net.ssl.trustStore");
        savedPassword = System.getProperty("javax.net.ssl.trustStorePassword");
        System.setProperty("javax.net.ssl.trustStore", pki.trustStore().toString());
        System.setProperty("javax.net.ssl.trustStorePassword", TestPki.PASSWORD);
    }

    @AfterAll
    static void stop() {
        jira.close();
        restore("javax.net.ssl.trustStore", savedTrustStore);
        restore("javax.net.ssl.trustStorePassword", savedPassword);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @BeforeEach
    void reset() {
        jira.reset();
    }

    private static JiraSettings settings(String url, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("JIRA_URL", url, "JIRA_PERSONAL_TOKEN", "sim-alice-token"));
        values.putAll(extra);
        return new SettingsReader(key -> Optional.ofNullable(values.get(key))).read().jira();
    }

    private static int serverInfo(Client client, String url) {
        try (client; Response response = client.target(url).path("rest/api/2/serverInfo").request()
                .header("Authorization", "Bearer sim-alice-token").get()) {
            return response.getStatus();
        }
    }

    private static RecordedRequest last() {
        List<RecordedRequest> requests = jira.requests();
        return requests.get(requests.size() - 1);
    }

    @Test
    void noClientCertificateThenTheJvmTrustStoreDecides() {
        String url = jira.httpsBaseUrl(0);
        assertEquals(200, serverInfo(UpstreamClients.create("Jira", settings(url, Map.of())), url));
        assertNull(last().clientCertificate());
    }

    @Test
    void pemClientCertificateThenPresentedWithTheJvmTrustStore() {
        String url = jira.httpsBaseUrl(1);
        JiraSettings settings = settings(url, Map.of("JIRA_CLIENT_CERT", pki.clientPem().toString(),
                "JIRA_CLIENT_KEY", pki.clientKeyPem().toString()));
        assertEquals(200, serverInfo(UpstreamClients.create("Jira", settings), url));
        assertEquals(TestPki.CLIENT_SUBJECT, last().clientCertificate());
        assertEquals("https", last().scheme());
    }

    @Test
    void httpProxyWithCredentialsThenJerseyGoesThroughIt() {
        try (ForwardProxy proxy = new ForwardProxy(0, "u", "p w")) {
            String proxyUrl = "http://u:p%20w@127.0.0.1:" + proxy.port();
            JiraSettings settings = settings(jira.baseUrl(), Map.of("HTTP_PROXY", proxyUrl));
            assertEquals(200, serverInfo(UpstreamClients.create("Jira", settings), jira.baseUrl()));
            assertTrue(proxy.passed().contains(new ForwardProxy.Passed("GET", jira.baseUrl()
                    + "/rest/api/2/serverInfo", true, 200)), proxy.passed().toString());
        }
    }
}
