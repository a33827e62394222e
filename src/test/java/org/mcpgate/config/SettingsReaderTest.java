package org.mcpgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {

    private static Settings read(Map<String, String> values) {
        return new SettingsReader(key -> Optional.ofNullable(values.get(key))).read();
    }

    private static ConfigurationException refused(Map<String, String> values) {
        return assertThrows(ConfigurationException.class, () -> read(values));
    }

    @Test
    void personalTokenWhenOnlyUrlAndTokenThenBearerModeWithDefaults() {
        Settings settings = read(Map.of("JIRA_URL", "https://jira.example.com/", "JIRA_PERSONAL_TOKEN", "pat"));
        assertEquals("https://jira.example.com", settings.jira().baseUrl());
        assertTrue(settings.jira().personalToken().isPresent());
        assertFalse(settings.jira().perRequest().enabled());
        assertTrue(settings.jira().sslVerify());
        assertEquals(Duration.ofSeconds(30), settings.jira().timeout());
        assertTrue(settings.edge().allowedHosts().contains("127.0.0.1:*"));
        assertEquals(1024 * 1024, settings.edge().maxRequestBytes());
    }

    @Test
    void urlMissingThenMessageNamesKeyAndSaysWhatToSet() {
        ConfigurationException e = refused(Map.of("JIRA_PERSONAL_TOKEN", "pat"));
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().contains("JIRA_URL is not set"), e.getMessage());
        assertTrue(e.getMessage().contains("https://jira.example.com"), e.getMessage());
    }

    @Test
    void noCredentialsThenBothModesAreNamed() {
        String message = refused(Map.of("JIRA_URL", "https://jira.example.com")).getMessage();
        assertTrue(message.contains("JIRA_PERSONAL_TOKEN") && message.contains("JIRA_USERNAME")
                && message.contains("JIRA_API_TOKEN"), message);
    }

    @Test
    void patAndBasicTogetherThenContradictionIsRefused() {
        String message = refused(Map.of("JIRA_URL", "https://j", "JIRA_PERSONAL_TOKEN", "pat",
                "JIRA_USERNAME", "u", "JIRA_API_TOKEN", "t")).getMessage();
        assertTrue(message.contains("More than one server-wide Jira credential is set"), message);
    }

    @Test
    void usernameWithoutTokenThenMissingKeyIsNamed() {
        String message = refused(Map.of("JIRA_URL", "https://j", "JIRA_USERNAME", "u")).getMessage();
        assertTrue(message.contains("JIRA_USERNAME is set without JIRA_API_TOKEN"), message);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, String> values = new HashMap<>();
        values.put("JIRA_URL", "ftp://jira");
        values.put("JIRA_PERSONAL_TOKEN", "pat");
        values.put("JIRA_SSL_VERIFY", "maybe");
        values.put("JIRA_TIMEOUT", "-3");
        values.put("MCPGATE_MAX_REQUEST_BYTES", "lots");
        ConfigurationException e = refused(values);
        assertEquals(4, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("JIRA_SSL_VERIFY must be true or false, not 'maybe'"));
        assertTrue(e.getMessage().contains("JIRA_TIMEOUT must be a positive whole number"));
    }

    @Test
    void urlWithCredentialsInsideIsRefused() {
        String message = refused(Map.of("JIRA_URL", "https://user:secret@jira.example.com",
                "JIRA_PERSONAL_TOKEN", "pat")).getMessage();
        assertTrue(message.contains("not a valid http(s) base URL"), message);
    }

    @Test
    void blankValuesCountAsUnset() {
        String message = refused(Map.of("JIRA_URL", "https://j", "JIRA_PERSONAL_TOKEN", "   ")).getMessage();
        assertTrue(message.contains("No Jira credentials"), message);
    }

    @Test
    void perRequestModeNeedsNoServerWideCredential() {
        Settings settings = read(Map.of("JIRA_URL", "https://j", "ATLASSIAN_OAUTH_ENABLE", "true",
                "MCP_ALLOWED_URL_DOMAINS", "Jira.Example.com, other.example.com"));
        assertTrue(settings.jira().perRequest().enabled());
        assertTrue(settings.jira().personalToken().isEmpty() && settings.jira().username().isEmpty()
                && settings.jira().accessToken().isEmpty() && settings.jira().oauthClient().isEmpty());
        assertEquals(java.util.List.of("jira.example.com", "other.example.com"),
                settings.jira().perRequest().allowedUrlDomains());
    }

    @Test
    void fallbackWithoutAServerWideCredentialIsRefused() {
        String message = refused(Map.of("JIRA_URL", "https://j", "ATLASSIAN_OAUTH_ENABLE", "true",
                "ALLOW_GLOBAL_CRED_FALLBACK", "true")).getMessage();
        assertTrue(message.contains("ALLOW_GLOBAL_CRED_FALLBACK=true needs a server-wide credential"), message);
    }

    @Test
    void customHeadersNeverCarryCredentials() {
        Settings settings = read(Map.of("JIRA_URL", "https://j", "JIRA_PERSONAL_TOKEN", "p",
                "JIRA_CUSTOM_HEADERS", "X-Request-Source=mcpgate, X-Team = ops"));
        assertEquals(Map.of("X-Request-Source", "mcpgate", "X-Team", "ops"), settings.jira().customHeaders());
        String message = refused(Map.of("JIRA_URL", "https://j", "JIRA_PERSONAL_TOKEN", "p",
                "JIRA_CUSTOM_HEADERS", "Authorization=Basic eA==")).getMessage();
        assertTrue(message.contains("JIRA_CUSTOM_HEADERS may not set Authorization"), message);
    }

    @Test
    void extraHostsAndOriginsAreAddedToLoopback() {
        Settings settings = read(Map.of("JIRA_URL", "https://j", "JIRA_PERSONAL_TOKEN", "p",
                "MCPGATE_ALLOWED_HOSTS", "mcp.example.com, mcp.example.com:443",
                "MCPGATE_ALLOWED_ORIGINS", "https://mcp.example.com", "JIRA_SSL_VERIFY", "false"));
        assertTrue(settings.edge().allowedHosts().containsAll(java.util.List.of("localhost", "mcp.example.com",
                "mcp.example.com:443")));
        assertTrue(settings.edge().allowedOrigins().contains("https://mcp.example.com"));
        assertFalse(settings.jira().sslVerify());
    }

    @Test
    void summaryMasksEverySecret() {
        Settings settings = read(Map.of("JIRA_URL", "https://j", "JIRA_USERNAME", "svc",
                "JIRA_API_TOKEN", "s3cr3t-value"));
        String summary = ConfigSummary.of(settings, "Basic, as svc");
        assertFalse(summary.contains("s3cr3t-value"), summary);
        assertTrue(summary.contains("JIRA_API_TOKEN") && summary.contains("******** (set)"), summary);
        assertTrue(summary.contains("svc"), summary);
    }
}
