package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcpgate.it.McpClients.call;
import static org.mcpgate.it.McpClients.text;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcpgate.jirasim.JiraSimulator;
import org.mcpgate.jirasim.SimTls;
import org.mcpgate.jirasim.TestPki;
import tools.jackson.databind.JsonNode;

/**
 * Outbound TLS to Jira through the application server's own SSL configuration (src/test/liberty-config, tls.xml):
 * Liberty's default SSL configuration trusts the simulator's test CA, which mcpgate then trusts with no setting of
 * its own; a Jira whose CA the server does not trust gets a tool error pointing at the trust store; and the client
 * certificate Jira asks for comes from PEM files or from a Liberty {@code <ssl>} element.
 */
class TlsIT {

    private static final Path PKI = Path.of(System.getProperty("mcpgate.server.dir")).resolve("../../../jirasim-pki")
            .normalize();
    private static final String SEARCH = "/rest/api/2/search";

    /** A second HTTPS Jira, with a CA of its own that nobody trusts. */
    private static JiraSimulator untrusted;
    /** The deployments that fail by design, present only while this class runs. */
    private static NetworkFixtures.Deployments failing;

    @BeforeAll
    static void deployAgainstUntrustedJiraAndWithoutClientCertificate() {
        TestPki otherCa = TestPki.ensure(Path.of("target", "untrusted-pki"));
        untrusted = JiraSimulator.start("127.0.0.1", 0, null, Map.of(), List.of(SimTls.of(otherCa, 0, false)));
        String mtlsJira = NetworkFixtures.deploymentProperty("mcpgate-mtls-pem", "JIRA_URL");
        failing = NetworkFixtures.Deployments.start("tls-it", List.of("/tls-untrusted", "/mtls-none"), """
                <webApplication id="mcpgate-tls-untrusted" name="mcpgate-tls-untrusted" location="mcpgate.war"
                                contextRoot="/tls-untrusted">
                    <appProperties><property name="JIRA_URL" value="%s"/></appProperties>
                </webApplication>
                <webApplication id="mcpgate-mtls-none" name="mcpgate-mtls-none" location="mcpgate.war"
                                contextRoot="/mtls-none">
                    <appProperties><property name="JIRA_URL" value="%s"/></appProperties>
                </webApplication>
                """.formatted(untrusted.httpsBaseUrl(), mtlsJira));
    }

    @AfterAll
    static void undeploy() {
        try {
            failing.close();
        } finally {
            untrusted.close();
        }
    }

    @BeforeEach
    void freshJira() {
        JiraSimulatorControl.reset();
    }

    private static CallToolResult search(String deployment) {
        try (McpSyncClient client = McpClients.STREAMABLE_HTTP.connect(deployment, Map.of())) {
            return call(client, "jira_search", Map.of("jql", "project = DEMO"));
        }
    }

    /** The simulator's record of the search mcpgate just made. */
    private static JsonNode lastSearch() {
        JsonNode found = null;
        for (JsonNode entry : JiraSimulatorControl.requests()) {
            if (SEARCH.equals(entry.path("path").asString())) {
                found = entry;
            }
        }
        assertTrue(found != null, "the simulator received the search");
        return found;
    }

    @Test
    void caInTheServerTrustStoreThenHttpsJiraAnswersWithNoSettingInMcpgate() {
        CallToolResult result = search("/tls");
        assertFalse(result.isError(), text(result));
        assertTrue(text(result).contains("DEMO-1"), text(result));
        JsonNode request = lastSearch();
        assertEquals("https", request.path("scheme").asString());
        assertEquals("alice", request.path("user").asString());
        assertTrue(request.path("clientCertificate").isNull(), "no client certificate was asked for");
    }

    @Test
    void caNotInTheServerTrustStoreThenToolErrorSaysSoAndPointsAtTheTrustStore() {
        untrusted.reset();
        CallToolResult result = search("/tls-untrusted");
        assertTrue(result.isError(), text(result));
        assertTrue(text(result).startsWith("Could not reach Jira at https://127.0.0.1:"), text(result));
        assertTrue(text(result).contains("its TLS certificate is not trusted; add the CA that issued it to the"
                + " application server's trust store (see the README, \"Enterprise CAs: the server's trust store\")."),
                text(result));
        assertEquals(List.of(), untrusted.requests(), "no HTTP request went over the untrusted connection");
    }

    @Test
    void clientCertificateFromPemFilesThenJiraSeesIt() {
        CallToolResult result = search("/mtls-pem");
        assertFalse(result.isError(), text(result));
        JsonNode request = lastSearch();
        assertEquals("https", request.path("scheme").asString());
        assertEquals(TestPki.CLIENT_SUBJECT, request.path("clientCertificate").asString());
        assertEquals("alice", request.path("user").asString(), "the PAT still says who the user is");
    }

    @Test
    void clientCertificateFromLibertySslElementThenJiraSeesIt() {
        CallToolResult result = search("/mtls-ssl-config");
        assertFalse(result.isError(), text(result));
        JsonNode request = lastSearch();
        assertEquals(TestPki.CLIENT_SUBJECT, request.path("clientCertificate").asString());
    }

    @Test
    void jiraWantsClientCertificateNoneSetThenToolErrorNamesTheKeys() {
        CallToolResult result = search("/mtls-none");
        assertTrue(result.isError(), text(result));
        assertTrue(text(result).startsWith("Could not reach Jira at https://127.0.0.1:"), text(result));
        assertTrue(text(result).contains("set JIRA_CLIENT_CERT and JIRA_CLIENT_KEY, or JIRA_SSL_CONFIG, to a client"
                + " certificate it accepts"), text(result));
    }

    @Test
    void startupSummaryNamesTheClientCertificateFilesButNeverTheKey() throws IOException {
        String log = ServerLogIT.messagesLog();
        assertTrue(log.contains(String.format("%-26s %s", "JIRA_CLIENT_CERT", PKI.resolve("client.pem"))),
                "summary of /mtls-pem");
        assertTrue(log.contains(String.format("%-26s %s", "JIRA_SSL_CONFIG", "<ssl id=\"jiraClientTLS\">")),
                "summary of /mtls-ssl-config");
        List<String> keyLines = Files.readAllLines(PKI.resolve("client-key.pem"));
        for (String line : keyLines.subList(1, keyLines.size() - 1)) {
            assertFalse(log.contains(line), "a line of the private key is in the log");
        }
    }

    /** README "Enterprise CAs": the keytool command makes the trust store the IT server's configuration uses. */
    @Test
    void keytoolCommandOfTheReadmeMakesATrustStoreHoldingTheCa() throws Exception {
        Path store = Files.createTempDirectory("tls-it").resolve("trust.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-importcert", "-noprompt", "-alias", "corp-root-ca", "-file", PKI.resolve("ca.pem").toString(),
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertTrue(keytool.waitFor(30, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);
        KeyStore made = TestPki.load(store);
        KeyStore used = TestPki.load(PKI.resolve("truststore.p12"));
        assertTrue(made.isCertificateEntry("corp-root-ca"));
        assertEquals(used.getCertificate(TestPki.CA_ALIAS), made.getCertificate("corp-root-ca"));
    }
}
