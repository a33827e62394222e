package org.mcpgate.atlassian.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpgate.config.ConfigSummary;
import org.mcpgate.config.ConfigurationException;
import org.mcpgate.config.JiraSettings;
import org.mcpgate.config.JiraSettings.Proxy;
import org.mcpgate.config.Settings;
import org.mcpgate.config.SettingsReader;
import org.mcpgate.jirasim.TestPki;

/** The client-certificate and proxy keys, as SettingsReader reads them and the startup summary shows them. */
class TransportSettingsTest {

    private static Settings read(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("JIRA_URL", "https://jira.example.com",
                "JIRA_PERSONAL_TOKEN", "pat"));
        values.putAll(extra);
        return new SettingsReader(key -> Optional.ofNullable(values.get(key))).read();
    }

    private static JiraSettings.Transport transport(Map<String, String> extra) {
        return read(extra).jira().transport();
    }

    private static String line(String key, String value) {
        return String.format("%-26s %s", key, value);
    }

    private static List<String> problems(Map<String, String> extra) {
        return assertThrows(ConfigurationException.class, () -> read(extra)).problems();
    }

    @Test
    void nothingSetThenServerTlsNoCertificateNoProxy() {
        assertEquals(JiraSettings.Transport.DEFAULT, transport(Map.of()));
        assertFalse(ConfigSummary.of(read(Map.of()), "PAT").contains("PROXY"));
    }

    @Test
    void perProductProxyWinsOverGenericWhichWinsOverLowercase() {
        JiraSettings.Transport t = transport(Map.of("JIRA_HTTP_PROXY", "http://a:3128", "HTTP_PROXY",
                "http://b:3128", "https_proxy", "http://c:8080", "NO_PROXY", "x.org", "no_proxy", "y.org"));
        assertEquals(new Proxy("a", 3128, Optional.empty(), Optional.empty(), "JIRA_HTTP_PROXY"), t.httpProxy().get());
        assertEquals(new Proxy("c", 8080, Optional.empty(), Optional.empty(), "https_proxy"), t.httpsProxy().get());
        assertEquals(List.of("x.org"), t.noProxy());
        assertEquals(List.of("localhost", "10.0.0.0/8"), transport(Map.of("HTTPS_PROXY", "http://p:1",
                "NO_PROXY", "x.org", "JIRA_NO_PROXY", "localhost, 10.0.0.0/8")).noProxy());
    }

    @Test
    void credentialsInProxyUrlThenReadDecodedAndMaskedInTheSummary() {
        Settings settings = read(Map.of("HTTPS_PROXY", "http://svc%40corp:p%3Ass@proxy.corp:3128"));
        Proxy proxy = settings.jira().transport().httpsProxy().orElseThrow();
        assertEquals(Optional.of("svc@corp"), proxy.username());
        assertEquals(Optional.of("p:ss"), proxy.password());
        String summary = ConfigSummary.of(settings, "PAT");
        assertTrue(summary.contains(line("JIRA_HTTPS_PROXY", "http://svc@corp:********@proxy.corp:3128 (from"
                + " HTTPS_PROXY)")), summary);
        assertTrue(summary.contains(line("JIRA_HTTP_PROXY", "(none)")), summary);
        assertFalse(summary.contains("p:ss") || summary.contains("p%3Ass"), summary);
        assertFalse(settings.jira().toString().contains("p:ss"), "records print the proxy masked");
    }

    @Test
    void proxyWithoutSchemeOrPortThenHttpOnPort80() {
        assertEquals(new Proxy("proxy.corp", 80, Optional.empty(), Optional.empty(), "HTTP_PROXY"),
                transport(Map.of("HTTP_PROXY", "proxy.corp")).httpProxy().get());
        assertEquals(new Proxy("::1", 3128, Optional.empty(), Optional.empty(), "HTTP_PROXY"),
                transport(Map.of("HTTP_PROXY", "http://[::1]:3128")).httpProxy().get());
    }

    @Test
    void unsupportedOrInvalidProxyThenProblemNamingTheKeyWithoutItsPassword() {
        List<String> problems = problems(Map.of("JIRA_HTTPS_PROXY", "socks5://proxy:1080", "HTTP_PROXY",
                "http://u:s3cret@proxy:3128/path"));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("JIRA_HTTPS_PROXY must be an http:// proxy URL, not"
                + " socks5:// (SOCKS proxies are not supported)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("HTTP_PROXY is not a valid proxy URL (not shown: it"
                + " holds credentials)")), problems.toString());
        assertFalse(problems.toString().contains("s3cret"));
    }

    @Test
    void pemCertificateAndKeyThenValidatedAndShownByPathOnly() {
        TestPki pki = TestPki.ensure(Path.of("target", "tls-unit-pki"));
        Settings settings = read(Map.of("JIRA_CLIENT_CERT", pki.clientPem().toString(), "JIRA_CLIENT_KEY",
                pki.clientKeyPem().toString()));
        assertEquals(Optional.of(pki.clientPem()), settings.jira().transport().clientCertificate());
        String summary = ConfigSummary.of(settings, "PAT");
        assertTrue(summary.contains(line("JIRA_CLIENT_CERT", pki.clientPem().toString())), summary);
        assertTrue(summary.contains(line("JIRA_CLIENT_KEY", pki.clientKeyPem() + " (contents never logged)")),
                summary);
    }

    @Test
    void pemProblemsJoinTheOtherConfigurationProblems() {
        TestPki pki = TestPki.ensure(Path.of("target", "tls-unit-pki"));
        List<String> problems = problems(Map.of("JIRA_TIMEOUT", "soon", "JIRA_CLIENT_CERT", pki.clientPem().toString(),
                "JIRA_CLIENT_KEY", pki.serverKeyPem().toString()));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(1).startsWith("JIRA_CLIENT_KEY: the key in"), problems.toString());
    }

    @Test
    void certificateWithoutKeyThenProblemSaysToSetBoth() {
        List<String> problems = problems(Map.of("JIRA_CLIENT_CERT", "/etc/mcpgate/client.pem"));
        assertEquals(List.of("JIRA_CLIENT_CERT is set without JIRA_CLIENT_KEY: set JIRA_CLIENT_CERT to the PEM"
                + " certificate chain and JIRA_CLIENT_KEY to its unencrypted PKCS#8 private key"), problems);
    }

    @Test
    void bothCertificateSourcesThenProblem() {
        List<String> problems = problems(Map.of("JIRA_CLIENT_CERT", "/c.pem", "JIRA_CLIENT_KEY", "/k.pem",
                "JIRA_SSL_CONFIG", "jiraClient"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("keep one source of the client certificate"), problems.get(0));
    }

    @Test
    void sslConfigThenKeptAndTrustNotSwitchedOffBesideIt() {
        assertEquals(Optional.of("jiraClient"), transport(Map.of("JIRA_SSL_CONFIG", "jiraClient")).sslConfig());
        List<String> problems = problems(Map.of("JIRA_SSL_CONFIG", "jiraClient", "JIRA_SSL_VERIFY", "false"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("JIRA_SSL_VERIFY=false cannot apply to JIRA_SSL_CONFIG"),
                problems.get(0));
    }
}
