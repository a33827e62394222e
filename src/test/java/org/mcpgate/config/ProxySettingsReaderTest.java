package org.mcpgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ATLASSIAN_OAUTH_PROXY_ENABLE and its keys: what an admin gets, and what each mistake is told. */
class ProxySettingsReaderTest {

    private static Map<String, String> proxy() {
        Map<String, String> values = new HashMap<>();
        values.put("JIRA_URL", "https://jira.example.com");
        values.put("ATLASSIAN_OAUTH_PROXY_ENABLE", "true");
        values.put("PUBLIC_BASE_URL", "https://mcp.example.com/");
        values.put("ATLASSIAN_OAUTH_CLIENT_ID", "mcpgate");
        values.put("ATLASSIAN_OAUTH_CLIENT_SECRET", "secret");
        values.put("ATLASSIAN_OAUTH_REDIRECT_URI", "https://mcp.example.com/oauth/callback");
        return values;
    }

    private static Settings read(Map<String, String> values) {
        return new SettingsReader(key -> Optional.ofNullable(values.get(key))).read();
    }

    private static String refused(Map<String, String> values) {
        return assertThrows(ConfigurationException.class, () -> read(values)).getMessage();
    }

    @Test
    void proxyWhenMinimalThenDefaultsThatLetKnownClientsIn() {
        ProxySettings settings = read(proxy()).proxy();
        assertTrue(settings.enabled());
        assertEquals("https://mcp.example.com", settings.issuer());
        assertEquals("https://mcp.example.com/mcp", settings.resource());
        assertTrue(settings.allowedRedirectPatterns().contains("http://127.0.0.1:*"));
        assertTrue(settings.allowedRedirectPatterns().contains("https://claude.ai/api/mcp/auth_callback"));
        assertEquals(Set.of("authorization_code", "refresh_token"), settings.allowedGrantTypes());
        assertTrue(settings.requireConsent());
        assertEquals(Duration.ofSeconds(60), settings.lifetimes().code());
        assertEquals(Duration.ofHours(1), settings.lifetimes().accessToken());
        assertTrue(settings.https());
    }

    @Test
    void proxyDisabledThenNoneOfItsKeysAreNeeded() {
        Settings settings = read(Map.of("JIRA_URL", "https://j", "JIRA_PERSONAL_TOKEN", "pat"));
        assertFalse(settings.proxy().enabled());
    }

    @Test
    void allowlistSetButEmptyThenEveryRegistrationIsRefused() {
        Map<String, String> values = proxy();
        values.put("ATLASSIAN_OAUTH_ALLOWED_CLIENT_REDIRECT_URIS", "");
        assertEquals(List.of(), read(values).proxy().allowedRedirectPatterns());
    }

    @Test
    void allowlistWhenSetThenOnlyItsPatterns() {
        Map<String, String> values = proxy();
        values.put("ATLASSIAN_OAUTH_ALLOWED_CLIENT_REDIRECT_URIS", "https://app.example.com/cb, http://localhost:*");
        assertEquals(List.of("https://app.example.com/cb", "http://localhost:*"),
                read(values).proxy().allowedRedirectPatterns());
    }

    @Test
    void publicBaseUrlMissingThenNamedWithAnExample() {
        Map<String, String> values = proxy();
        values.remove("PUBLIC_BASE_URL");
        assertTrue(refused(values).contains("needs PUBLIC_BASE_URL"), refused(values));
    }

    @Test
    void publicBaseUrlPlainHttpToAnotherHostThenRefused() {
        Map<String, String> values = proxy();
        values.put("PUBLIC_BASE_URL", "http://mcp.example.com");
        values.put("ATLASSIAN_OAUTH_REDIRECT_URI", "http://mcp.example.com/oauth/callback");
        assertTrue(refused(values).contains("must be https://"), refused(values));
    }

    @Test
    void publicBaseUrlHttpOnLoopbackThenAllowedForATrial() {
        Map<String, String> values = proxy();
        values.put("PUBLIC_BASE_URL", "http://127.0.0.1:9080");
        values.put("ATLASSIAN_OAUTH_REDIRECT_URI", "http://127.0.0.1:9080/oauth/callback");
        ProxySettings settings = read(values).proxy();
        assertEquals("http://127.0.0.1:9080", settings.issuer());
        assertFalse(settings.https());
    }

    @Test
    void callbackOnAnotherHostOrOnOneOfMcpgatesRoutesThenRefused() {
        Map<String, String> values = proxy();
        values.put("ATLASSIAN_OAUTH_REDIRECT_URI", "https://elsewhere.example.com/oauth/callback");
        assertTrue(refused(values).contains("must be under PUBLIC_BASE_URL"), refused(values));
        values.put("ATLASSIAN_OAUTH_REDIRECT_URI", "https://mcp.example.com/mcp");
        assertTrue(refused(values).contains("is taken by one of mcpgate's own routes"), refused(values));
        values.put("ATLASSIAN_OAUTH_REDIRECT_URI", "https://mcp.example.com/oauth/token");
        assertTrue(refused(values).contains("is taken by one of mcpgate's own routes"), refused(values));
    }

    @Test
    void proxyWithAServerWideCredentialOrPerRequestModeThenRefused() {
        Map<String, String> values = proxy();
        values.put("JIRA_PERSONAL_TOKEN", "pat");
        values.put("ATLASSIAN_OAUTH_ENABLE", "true");
        String message = refused(values);
        assertTrue(message.contains("remove the server-wide credential"), message);
        assertTrue(message.contains("are both true: keep one"), message);
    }

    @Test
    void proxyWithoutUpstreamClientThenTheApplicationLinkKeysAreNamed() {
        Map<String, String> values = proxy();
        values.remove("ATLASSIAN_OAUTH_CLIENT_ID");
        assertTrue(refused(values).contains("needs mcpgate's OAuth client at Atlassian"), refused(values));
    }

    @Test
    void grantTypesWhenUnknownOrWithoutCodeThenRefused() {
        Map<String, String> values = proxy();
        values.put("ATLASSIAN_OAUTH_ALLOWED_GRANT_TYPES", "client_credentials");
        String message = refused(values);
        assertTrue(message.contains("lists 'client_credentials'"), message);
        assertTrue(message.contains("must include authorization_code"), message);
    }

    @Test
    void grantTypesWhenCodeOnlyThenNoRefreshTokens() {
        Map<String, String> values = proxy();
        values.put("ATLASSIAN_OAUTH_ALLOWED_GRANT_TYPES", "authorization_code");
        assertEquals(Set.of("authorization_code"), read(values).proxy().allowedGrantTypes());
    }

    @Test
    void codeLifetimeOverTenMinutesThenRefused() {
        Map<String, String> values = proxy();
        values.put("MCPGATE_OAUTH_CODE_SECONDS", "3600");
        assertTrue(refused(values).contains("at most 600"), refused(values));
    }

    @Test
    void badRedirectPatternThenStartupNamesIt() {
        Map<String, String> values = proxy();
        values.put("ATLASSIAN_OAUTH_ALLOWED_CLIENT_REDIRECT_URIS", "javascript:alert(1)");
        assertTrue(refused(values).contains("ATLASSIAN_OAUTH_ALLOWED_CLIENT_REDIRECT_URIS: "), refused(values));
    }

    @Test
    void summaryWhenProxyThenItsKeysAndNoSecret() {
        String summary = ConfigSummary.of(read(proxy()), "each person's own grant");
        assertTrue(summary.contains("PUBLIC_BASE_URL") && summary.contains("https://mcp.example.com"), summary);
        assertFalse(summary.contains("secret"), summary);
    }
}
