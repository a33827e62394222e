package org.mcpgate.oauth.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RedirectUriPolicyTest {

    private static final String CALLBACK = "https://mcpgate.example.com/oauth/callback";

    /** The defaults plus an admin's additions; the wildcard also covers mcpgate's own host, on purpose. */
    private static final RedirectUriPolicy POLICY = new RedirectUriPolicy(patterns(
            "https://*.example.com",
            "https://app.example.org:8443/cb/*",
            "https://any-port.example.net:*/cb",
            "cursor://anysphere.cursor-mcp/oauth/callback"), CALLBACK);

    private static List<String> patterns(String... extra) {
        List<String> all = new ArrayList<>(RedirectUriPolicy.defaultPatterns());
        all.addAll(List.of(extra));
        return all;
    }

    private static OAuthError refusal(RedirectUriPolicy policy, String redirectUri) {
        return assertThrows(OAuthError.class, () -> policy.check(redirectUri));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            https://claude.ai/api/mcp/auth_callback
            https://claude.com/api/mcp/auth_callback
            HTTPS://CLAUDE.AI/api/mcp/auth_callback
            https://Claude.Ai/api/mcp/auth_callback
            https://claude.ai:443/api/mcp/auth_callback
            https://claude.ai/api/mcp/auth_callback?state=x&y=%2F
            https://chatgpt.com/connector_platform_oauth_redirect
            https://chatgpt.com/connector/oauth/eaQ3VyiNzLuI
            https://vscode.dev/redirect
            https://insiders.vscode.dev/redirect
            http://localhost:33418/callback
            http://localhost/
            http://localhost
            http://LOCALHOST:1234/cb
            http://127.0.0.1:8080/
            http://127.0.0.1/callback
            http://[::1]:9999/cb
            https://a.example.com/anything
            https://a.b.example.com/x?y=1
            https://app.example.org:8443/cb/one
            https://any-port.example.net:1/cb
            cursor://anysphere.cursor-mcp/oauth/callback
            """)
    void checkWhenAllowedThenAccepted(String redirectUri) {
        assertDoesNotThrow(() -> POLICY.check(redirectUri));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://claude.ai/api/mcp/auth_callback#frag      | must not have a fragment
            https://claude.ai/api/mcp/auth_callback#          | must not have a fragment
            https://claude.ai@evil.com/                       | must not carry user information
            https://user:pw@claude.ai/api/mcp/auth_callback   | must not carry user information
            https://evil.com\\@claude.ai                      | must not contain a backslash
            https://claude.ai\\api/mcp/auth_callback          | must not contain a backslash
            https://claude.ai/api/mcp/../mcp/auth_callback    | must not have . or .. path segments
            https://claude.ai/api/mcp/./auth_callback         | must not have . or .. path segments
            https://claude.ai/api/mcp/auth_callback/..        | must not have . or .. path segments
            https://claude.ai/api/mcp/%2e%2e/auth_callback    | must not percent-encode
            https://claude.ai/api/mcp/%2E%2E/auth_callback    | must not percent-encode
            https://claude.ai/api/mcp/%2e./auth_callback      | must not percent-encode
            https://claude.ai/api/mcp/%252e%252e/x            | must not percent-encode
            https://claude.ai/api/mcp/%25252E%25252E/x        | must not percent-encode
            https://claude.ai/api/mcp%2fauth_callback         | must not percent-encode
            https://claude.ai/api/mcp%2Fauth_callback         | must not percent-encode
            https://claude.ai/api/mcp%5cauth_callback         | must not percent-encode
            javascript:alert(1)                               | must not use a javascript:
            JavaScript:alert(1)                               | must not use a javascript:
            data:text/html,hello                              | must not use a javascript:
            file:///etc/passwd                                | must not use a javascript:
            VBScript:msgbox                                   | must not use a javascript:
            http://claude.ai/api/mcp/auth_callback            | uses http to a host that is not loopback
            http://127.0.0.2:8080/                            | uses http to a host that is not loopback
            http://[0:0:0:0:0:0:0:1]:8080/                    | uses http to a host that is not loopback
            http://localhost.evil.com:8080/                   | uses http to a host that is not loopback
            https://claude.ai./api/mcp/auth_callback          | matches no allowlist pattern
            https://claude.ai/API/mcp/auth_callback           | matches no allowlist pattern
            https://claude.ai/api/mcp/auth_callback/extra     | matches no allowlist pattern
            https://claude.ai/api/mcp/auth_callbackx          | matches no allowlist pattern
            https://claude.ai:8443/api/mcp/auth_callback      | matches no allowlist pattern
            https://evil-claude.ai/api/mcp/auth_callback      | matches no allowlist pattern
            https://claude.ai.evil.net/api/mcp/auth_callback  | matches no allowlist pattern
            https://www.claude.ai/api/mcp/auth_callback       | matches no allowlist pattern
            https://example.com/                              | matches no allowlist pattern
            https://evil-example.com/                         | matches no allowlist pattern
            https://example.com.evil.net/                     | matches no allowlist pattern
            https://a.example.com:8443/                       | matches no allowlist pattern
            https://app.example.org/cb/one                    | matches no allowlist pattern
            https://app.example.org:8443/other                | matches no allowlist pattern
            https://chatgpt.com/connector/other               | matches no allowlist pattern
            https://localhost:8443/cb                         | matches no allowlist pattern
            https://xn--claude-8ya.ai/api/mcp/auth_callback   | matches no allowlist pattern
            cursor://other.host/oauth/callback                | matches no allowlist pattern
            myapp://callback/x                                | uses the scheme myapp:, which no allowlist pattern names
            https://mcpgate.example.com/oauth/callback        | is mcpgate's own upstream callback
            HTTPS://MCPGATE.example.com:443/oauth/callback/   | is mcpgate's own upstream callback
            https://mcpgate.example.com/oauth/callback?code=x | is mcpgate's own upstream callback
            https://mcpgate.example.com/oauth/%63allback      | is mcpgate's own upstream callback
            mailto:someone@example.com                        | must be absolute
            /relative/callback                                | must be absolute
            https:///no-host                                  | must name a valid host
            https://exa_mple.com/                             | must name a valid host
            https://[::1/                                     | is not a valid URI
            """)
    void checkWhenRefusedThenInvalidRedirectUriNamingTheRule(String redirectUri, String rule) {
        OAuthError error = refusal(POLICY, redirectUri);
        assertEquals(OAuthError.INVALID_REDIRECT_URI, error.code());
        assertTrue(error.description().contains(rule), error.description());
    }

    static Stream<Arguments> invisibleTricks() {
        return Stream.of(
                Arguments.of(" https://claude.ai/api/mcp/auth_callback", "must not contain whitespace"),
                Arguments.of("https://claude.ai/api/mcp/auth_callback ", "must not contain whitespace"),
                Arguments.of("https://claude.ai/api/mcp/auth_callback\n", "must not contain whitespace"),
                Arguments.of("https://claude.ai/api/mcp/auth\tcallback", "must not contain whitespace"),
                Arguments.of("https://claude.ai/api/mcp/auth_callback\u007f", "must not contain whitespace"),
                Arguments.of("\u0000javascript:alert(1)", "must not use a javascript:"),
                Arguments.of(" \u0001javascript:alert(1)", "must not use a javascript:"),
                Arguments.of("java\tscript:alert(1)", "must not use a javascript:"),
                Arguments.of("java\nscript:alert(1)", "must not use a javascript:"),
                Arguments.of("https://claude.ai/api/mcp/auth_callback\u00a0", "must be ASCII"),
                Arguments.of("https://cl\u0430ude.ai/api/mcp/auth_callback", "must be ASCII"),
                Arguments.of("https://CLAUDE\u3002ai/api/mcp/auth_callback", "must be ASCII"),
                Arguments.of("", "must not be empty"),
                Arguments.of(null, "must not be empty"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invisibleTricks")
    void checkWhenWhitespaceControlOrUnicodeTrickThenRefused(String redirectUri, String rule) {
        OAuthError error = refusal(POLICY, redirectUri);
        assertTrue(error.description().contains(rule), error.description());
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            http://localhost:8080/cb       | http://localhost:1234/cb             | true
            http://localhost:8080/cb       | http://localhost/cb                  | true
            http://localhost:8080/cb       | http://localhost:8080/other          | false
            http://[::1]:*                 | http://[::1]:5/x                     | true
            http://127.0.0.1               | http://127.0.0.1:65000/any/path      | true
            http://127.0.0.1               | http://localhost:65000/              | false
            https://*.example.com          | https://x.example.com/               | true
            https://*.example.com          | https://x.y.example.com/             | true
            https://*.example.com          | https://example.com/                 | false
            https://*.example.com          | https://xexample.com/                | false
            https://*.EXAMPLE.com          | https://X.Example.COM/p              | true
            https://example.com:*          | https://example.com:1234/            | true
            https://example.com            | https://example.com:1234/            | false
            https://example.com            | https://example.com:443/a            | true
            https://example.com:8443       | https://example.com:8443/a           | true
            https://example.com:8443       | https://example.com/a                | false
            https://example.com/cb/*       | https://example.com/cb/              | true
            https://example.com/cb/*       | https://example.com/cb/a/b           | true
            https://example.com/cb/*       | https://example.com/cbx              | false
            https://example.com/a*c        | https://example.com/abbbc            | true
            https://example.com/a*c        | https://example.com/abbbd            | false
            https://example.com/cb         | https://example.com/cb?state=1       | true
            https://example.com/cb         | https://example.com/CB               | false
            https://example.com/           | https://example.com                  | true
            HTTPS://Example.com/cb         | https://example.com/cb               | true
            https://xn--bcher-kva.example  | https://XN--BCHER-KVA.example/       | true
            https://[2001:db8::1]          | https://[2001:db8::1]/cb             | true
            """)
    void checkWhenSinglePatternThenMatchesOnSchemeHostPortAndPath(String pattern, String uri, boolean accepted) {
        RedirectUriPolicy policy = new RedirectUriPolicy(List.of(pattern), CALLBACK);
        if (accepted) {
            assertDoesNotThrow(() -> policy.check(uri));
        } else {
            assertTrue(refusal(policy, uri).description().contains("matches no allowlist pattern"));
        }
    }

    @Test
    void checkWhenAllowlistEmptyThenEveryUriRefused() {
        RedirectUriPolicy none = new RedirectUriPolicy(List.of(), CALLBACK);
        assertTrue(refusal(none, "https://claude.ai/api/mcp/auth_callback").description()
                .contains("the administrator allows no redirect URIs"));
        assertTrue(refusal(none, "http://localhost:8080/cb").description()
                .contains("the administrator allows no redirect URIs"));
        RedirectUriPolicy blanks = new RedirectUriPolicy(List.of("", "  "), CALLBACK);
        assertTrue(blanks.patterns().isEmpty());
        assertThrows(OAuthError.class, () -> blanks.check("http://localhost:8080/cb"));
    }

    @Test
    void checkWhenPrivateUseSchemeNotListedThenRefusedEvenForKnownHosts() {
        RedirectUriPolicy defaults = new RedirectUriPolicy(RedirectUriPolicy.defaultPatterns(), CALLBACK);
        assertTrue(refusal(defaults, "cursor://anysphere.cursor-mcp/oauth/callback").description()
                .contains("uses the scheme cursor:"));
    }

    @Test
    void checkWhenRefusedThenDescriptionQuotesTheUriSafely() {
        assertEquals("The redirect URI \"https://claude.ai/api/mcp/auth_callback#x\" must not have a fragment"
                + " (RFC 6749 §3.1.2).", refusal(POLICY, "https://claude.ai/api/mcp/auth_callback#x").description());
        String injected = refusal(POLICY, "https://claude.ai/cb\r\nX-Injected: 1").description();
        assertFalse(injected.contains("\n") || injected.contains("\r"), injected);
        assertTrue(injected.contains("\\u000d\\u000a"), injected);
        String longUri = "https://evil.com/" + "a".repeat(500);
        String cut = refusal(POLICY, longUri).description();
        assertTrue(cut.contains("(cut, 317 more characters)"), cut);
        assertTrue(cut.length() < 400, cut);
    }

    @Test
    void defaultPatternsWhenCheckedThenAllValid() {
        assertEquals(List.of(), RedirectUriPolicy.problemsIn(RedirectUriPolicy.defaultPatterns()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            claude.ai/callback              | does not have the form scheme://host
            ://claude.ai/callback           | does not have the form scheme://host
            1http://localhost               | has an invalid scheme
            javascript://x                  | names the scheme javascript:
            DATA://x                        | names the scheme data:
            file://localhost/etc            | names the scheme file:
            vbscript://x                    | names the scheme vbscript:
            http://example.com/cb           | uses http for a host that is not loopback
            http://*.example.com            | uses http for a host that is not loopback
            http://*.localhost              | puts * before a single label
            https://*.com                   | puts * before a single label
            https://a.*.example.com         | uses * in its host
            https://*example.com            | uses * in its host
            https://example.*               | uses * in its host
            https://example.com:0           | has an invalid port
            https://example.com:70000       | has an invalid port
            https://example.com:abc         | has an invalid port
            https://example.com:            | has an invalid port
            https://example.com/cb?x=1      | contains '?'
            https://example.com/cb#f        | contains '#'
            https://user@example.com        | contains '@'
            https://example.com\\cb         | contains '\\'
            https://example.com./cb         | does not name a valid host
            https://exa_mple.com            | does not name a valid host
            https://                        | does not name a valid host
            https://[::1                    | does not name a valid host
            https://exa mple.com            | contains whitespace
            https://bücher.example          | non-ASCII
            https://example.com/a/../b      | has . or .. segments
            https://example.com/a/%2e%2e/b  | has . or .. segments or an encoded dot
            https://example.com/a%2fb       | has . or .. segments or an encoded dot
            """)
    void problemsInWhenPatternInvalidThenMessageNamesPatternAndProblem(String pattern, String problem) {
        List<String> problems = RedirectUriPolicy.problemsIn(List.of("http://localhost:*", pattern));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("the redirect URI pattern " + Quoted.of(pattern) + " "),
                problems.get(0));
        assertTrue(problems.get(0).contains(problem), problems.get(0));
    }

    @Test
    void constructorWhenPatternInvalidThenFailsListingEveryProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RedirectUriPolicy(
                List.of("http://example.com/cb", "https://ok.example", "javascript://x"), CALLBACK));
        assertTrue(e.getMessage().contains("\"http://example.com/cb\" uses http"), e.getMessage());
        assertTrue(e.getMessage().contains("\"javascript://x\" names the scheme javascript:"), e.getMessage());
    }

    @Test
    void constructorWhenCallbackNotAUrlThenFails() {
        assertThrows(IllegalArgumentException.class, () -> new RedirectUriPolicy(List.of(), "/oauth/callback"));
    }

    @Test
    void patternsWhenReadThenAsWrittenWithoutBlanks() {
        assertEquals(List.of("https://*.Example.com", "http://localhost:*"),
                new RedirectUriPolicy(List.of(" https://*.Example.com ", "", "http://localhost:*"), CALLBACK)
                        .patterns());
    }
}
