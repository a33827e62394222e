package org.mcpgate.atlassian.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mcpgate.atlassian.Credential;
import org.mcpgate.config.PerRequestSettings;

class PerRequestCredentialsTest {

    private static final String JIRA = "https://jira.example.com";
    private static final CredentialStrategy OPERATOR = new ServerWideCredential(JIRA,
            new Credential.PersonalToken("operator-pat", "JIRA_PERSONAL_TOKEN"), "personal access token (Bearer)");

    private static PerRequestCredentials strategy(boolean fallback, boolean ignoreAuthorization, String... domains) {
        return new PerRequestCredentials(JIRA, new PerRequestSettings(true, fallback, ignoreAuthorization,
                List.of(domains)), Optional.of(OPERATOR));
    }

    private static Caller caller(Map<String, String> headers) {
        return Caller.fromHeaders(headers::get);
    }

    @Test
    void tokenSchemeThenThatUsersPat() {
        JiraTarget target = strategy(false, false).targetFor(caller(Map.of("Authorization", "Token alice-pat")));
        assertEquals(JIRA, target.baseUrl());
        assertEquals("Bearer alice-pat", target.credential().authorization());
        assertInstanceOf(Credential.PersonalToken.class, target.credential());
    }

    @Test
    void patHeaderWinsOverAuthorizationWhichMayBelongToAProxy() {
        JiraTarget target = strategy(false, true).targetFor(caller(Map.of("Authorization", "Bearer proxy-token",
                "X-Atlassian-Jira-Personal-Token", "bob-pat")));
        assertEquals("Bearer bob-pat", target.credential().authorization());
        AuthenticationRequired e = assertThrows(AuthenticationRequired.class,
                () -> strategy(false, true).targetFor(caller(Map.of("Authorization", "Bearer proxy-token"))));
        assertTrue(e.getMessage().startsWith("Authentication required"), e.getMessage());
    }

    @Test
    void basicSchemeThenDecodedUser() {
        JiraTarget target = strategy(false, false).targetFor(caller(Map.of("Authorization", "Basic Ym9iOmJvYg==")));
        assertEquals("bob", ((Credential.Basic) target.credential()).username());
        assertThrows(AuthenticationRequired.class,
                () -> strategy(false, false).targetFor(caller(Map.of("Authorization", "Basic !!!"))));
        assertThrows(AuthenticationRequired.class,
                () -> strategy(false, false).targetFor(caller(Map.of("Authorization", "Digest x"))));
    }

    @Test
    void nothingSentThen401UnlessFallbackAllowed() {
        AuthenticationRequired e = assertThrows(AuthenticationRequired.class,
                () -> strategy(false, false).targetFor(Caller.ANONYMOUS));
        assertEquals(PerRequestCredentials.MISSING, e.getMessage());
        assertEquals("Bearer operator-pat",
                strategy(true, false).targetFor(Caller.ANONYMOUS).credential().authorization());
    }

    @Test
    void fallbackNeverSendsTheOperatorsCredentialToACallerNamedUrl() {
        assertThrows(AuthenticationRequired.class, () -> strategy(true, false, "other.example.com")
                .targetFor(caller(Map.of("X-Atlassian-Jira-Url", "https://other.example.com"))));
    }

    @Test
    void allowedUrlIsUsedAndOthersRefused() {
        JiraTarget target = strategy(false, false, "example.org").targetFor(caller(Map.of(
                "X-Atlassian-Jira-Url", "https://jira.example.org/jira/", "Authorization", "Token t")));
        assertEquals("https://jira.example.org/jira", target.baseUrl());
        AuthenticationRequired e = assertThrows(AuthenticationRequired.class, () -> strategy(false, false,
                "example.org").targetFor(caller(Map.of("X-Atlassian-Jira-Url", "https://evil.example.com",
                        "Authorization", "Token t"))));
        assertTrue(e.getMessage().contains("not in MCP_ALLOWED_URL_DOMAINS"), e.getMessage());
    }

    @Test
    void urlTricksAreRefused() {
        UrlAllowlist allowlist = new UrlAllowlist(List.of("example.org"));
        for (String url : List.of("https://user@jira.example.org", "ftp://jira.example.org", "https://example.org.evil.com",
                "https://jira.example.org?x=1", "https://jira.example.org#f", "jira.example.org")) {
            assertThrows(AuthenticationRequired.class, () -> allowlist.check(url), url);
        }
    }

    @Test
    void loopbackOnlyWhenListedByName() {
        // "0.0.1" lets 127.0.0.1 through as a "subdomain"; the loopback rule must still refuse it
        AuthenticationRequired e = assertThrows(AuthenticationRequired.class,
                () -> new UrlAllowlist(List.of("0.0.1")).check("http://127.0.0.1:9191"));
        assertTrue(e.getMessage().contains("resolves to a loopback or link-local address"), e.getMessage());
        assertEquals("http://127.0.0.1:9191", new UrlAllowlist(List.of("127.0.0.1")).check("http://127.0.0.1:9191"));
    }

    @Test
    void callerNeverPrintsHeaderValues() {
        assertEquals("Caller[Authorization]", caller(Map.of("Authorization", "Token secret")).toString());
    }
}
