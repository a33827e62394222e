package org.mcpgate.oauth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientRegistrationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final String CLAUDE = "https://claude.ai/api/mcp/auth_callback";
    private static final Set<String> BOTH_GRANTS = Set.of("authorization_code", "refresh_token");
    private static final RedirectUriPolicy POLICY = new RedirectUriPolicy(RedirectUriPolicy.defaultPatterns(),
            "https://mcpgate.example.com/oauth/callback");

    private static ClientRegistration registration(Set<String> grants) {
        return new ClientRegistration(POLICY, grants, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static RegisteredClient register(String body) {
        return registration(BOTH_GRANTS).register(body);
    }

    private static OAuthError refusal(String body) {
        return assertThrows(OAuthError.class, () -> register(body));
    }

    @Test
    void registerWhenOnlyRedirectUrisThenPublicClientWithDefaults() {
        RegisteredClient client = register("{\"redirect_uris\":[\"" + CLAUDE + "\"]}");
        assertTrue(client.clientId().matches("mcpgate-[A-Za-z0-9_-]{24}"), client.clientId());
        assertEquals("Unnamed MCP client", client.clientName());
        assertEquals(List.of(CLAUDE), client.redirectUris());
        assertEquals(BOTH_GRANTS, client.grantTypes());
        assertEquals(ClientKind.REGISTERED, client.kind());
        assertEquals(NOW, client.createdAt());
    }

    @Test
    void registerWhenCalledTwiceThenDistinctClientIds() {
        String body = "{\"redirect_uris\":[\"" + CLAUDE + "\"]}";
        assertNotEquals(register(body).clientId(), register(body).clientId());
    }

    @Test
    void registerWhenFullRequestThenKeepsWhatMcpgateUsesAndIgnoresTheRest() {
        RegisteredClient client = register("""
                {"client_name": "<b>Claude</b> & co", "redirect_uris": ["%s", "http://localhost:8080/cb", "%s"],
                 "grant_types": ["refresh_token", "authorization_code"], "response_types": ["code"],
                 "token_endpoint_auth_method": "none", "scope": 42, "logo_uri": "https://x.example/logo.png",
                 "software_id": "abc", "jwks": {"keys": []}, "contacts": null}
                """.formatted(CLAUDE, CLAUDE));
        assertEquals("<b>Claude</b> & co", client.clientName());
        assertEquals(List.of(CLAUDE, "http://localhost:8080/cb"), client.redirectUris());
        assertEquals(BOTH_GRANTS, client.grantTypes());
    }

    @Test
    void responseWhenRegisteredThenRfc7591Fields() {
        RegisteredClient client = register("{\"client_name\":\"Claude\",\"redirect_uris\":[\"" + CLAUDE + "\"]}");
        Map<String, Object> body = ClientRegistration.response(client);
        assertEquals(List.of("client_id", "client_id_issued_at", "client_name", "redirect_uris", "grant_types",
                "response_types", "token_endpoint_auth_method"), List.copyOf(body.keySet()));
        assertEquals(client.clientId(), body.get("client_id"));
        assertEquals(NOW.getEpochSecond(), body.get("client_id_issued_at"));
        assertEquals("Claude", body.get("client_name"));
        assertEquals(List.of(CLAUDE), body.get("redirect_uris"));
        assertEquals(List.of("authorization_code", "refresh_token"), body.get("grant_types"));
        assertEquals(List.of("code"), body.get("response_types"));
        assertEquals("none", body.get("token_endpoint_auth_method"));
    }

    /**
     * {@code @OK} stands for a valid {@code "redirect_uris"} member, {@code @U} for Claude's callback; the code column
     * says {@code redirect} for {@code invalid_redirect_uri}, {@code metadata} for {@code invalid_client_metadata}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            []                                              | metadata | must be a JSON object
            "@U"                                            | metadata | must be a JSON object
            null                                            | metadata | must be a JSON object
            not json                                        | metadata | is not valid JSON
            {"redirect_uris":["@U"]                         | metadata | is not valid JSON
            {@OK} {"redirect_uris":[]}                      | metadata | is not valid JSON
            {"redirect_uris":[],@OK}                        | metadata | names a member twice
            {}                                              | metadata | redirect_uris is required
            {"redirect_uris":null}                          | metadata | redirect_uris is required
            {"redirect_uris":[]}                            | metadata | redirect_uris is required
            {"redirect_uris":"@U"}                          | metadata | redirect_uris is required
            {"redirect_uris":[1]}                           | metadata | strings only
            {"redirect_uris":["http://evil.example/cb"]}    | redirect | uses http to a host that is not loopback
            {"redirect_uris":["@U#x"]}                      | redirect | must not have a fragment
            {"redirect_uris":["@U","https://evil.example/"]} | redirect | matches no allowlist pattern
            {@OK,"token_endpoint_auth_method":"client_secret_basic"} | metadata | public clients only, which prove
            {@OK,"token_endpoint_auth_method":"client_secret_post"}  | metadata | not "client_secret_post"
            {@OK,"token_endpoint_auth_method":"private_key_jwt"}     | metadata | public clients only
            {@OK,"token_endpoint_auth_method":""}           | metadata | public clients only
            {@OK,"grant_types":["client_credentials"]}      | metadata | The grant type "client_credentials" is not
            {@OK,"grant_types":["authorization_code","x"]}  | metadata | The grant type "x" is not allowed; allowed:
            {@OK,"grant_types":["refresh_token"]}           | metadata | must include authorization_code
            {@OK,"grant_types":[]}                          | metadata | grant_types must be a non-empty array
            {@OK,"grant_types":"authorization_code"}        | metadata | grant_types must be a non-empty array
            {@OK,"response_types":["token"]}                | metadata | response_types must be ["code"]
            {@OK,"response_types":["code","token"]}         | metadata | response_types must be ["code"]
            {@OK,"response_types":[]}                       | metadata | response_types must be ["code"]
            {@OK,"client_name":7}                           | metadata | client_name must be a string
            {@OK,"client_name":"Claude\\u0007"}             | metadata | must not contain control
            {@OK,"client_name":"Claude\\n(verified)"}       | metadata | must not contain control
            {@OK,"client_name":"\\u202eedualC"}             | metadata | bidirectional-override
            """)
    void registerWhenRequestInvalidThenErrorNamingTheRule(String body, String code, String rule) {
        OAuthError error = refusal(body.replace("@OK", "\"redirect_uris\":[\"http://localhost/cb\"]")
                .replace("@U", CLAUDE));
        assertEquals(code.equals("redirect") ? OAuthError.INVALID_REDIRECT_URI : OAuthError.INVALID_CLIENT_METADATA,
                error.code(), error.description());
        assertTrue(error.description().contains(rule), error.description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void registerWhenBodyEmptyThenInvalidClientMetadata(String body) {
        assertEquals(OAuthError.INVALID_CLIENT_METADATA, refusal(body).code());
        assertEquals(OAuthError.INVALID_CLIENT_METADATA, assertThrows(OAuthError.class,
                () -> registration(BOTH_GRANTS).register(null)).code());
    }

    @Test
    void registerWhenTenRedirectUrisThenAcceptedAndElevenRefused() {
        assertEquals(10, register(redirectUris(10)).redirectUris().size());
        OAuthError error = refusal(redirectUris(11));
        assertEquals(OAuthError.INVALID_CLIENT_METADATA, error.code());
        assertTrue(error.description().contains("not list more than 10"), error.description());
    }

    private static String redirectUris(int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"http://localhost:" + (8000 + i) + "/cb\"")
                .collect(Collectors.joining(",", "{\"redirect_uris\":[", "]}"));
    }

    @Test
    void registerWhenClientNameAtLimitThenKeptAndOverLimitRefused() {
        String name = "é".repeat(200);
        assertEquals(name, register("{\"redirect_uris\":[\"" + CLAUDE + "\"],\"client_name\":\"" + name + "\"}")
                .clientName());
        OAuthError error = refusal("{\"redirect_uris\":[\"" + CLAUDE + "\"],\"client_name\":\"" + name + "e\"}");
        assertTrue(error.description().contains("longer than 200 characters"), error.description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"   \"", "null"})
    void registerWhenClientNameBlankThenDefaultName(String name) {
        assertEquals("Unnamed MCP client",
                register("{\"redirect_uris\":[\"" + CLAUDE + "\"],\"client_name\":" + name + "}").clientName());
    }

    @Test
    void registerWhenRefreshNotAllowedThenDefaultOmitsItAndAskingForItIsRefused() {
        ClientRegistration codeOnly = registration(Set.of("authorization_code"));
        assertEquals(Set.of("authorization_code"),
                codeOnly.register("{\"redirect_uris\":[\"" + CLAUDE + "\"]}").grantTypes());
        OAuthError error = assertThrows(OAuthError.class, () -> codeOnly.register("{\"redirect_uris\":[\"" + CLAUDE
                + "\"],\"grant_types\":[\"authorization_code\",\"refresh_token\"]}"));
        assertEquals(OAuthError.INVALID_CLIENT_METADATA, error.code());
        assertTrue(error.description().contains("\"refresh_token\" is not allowed; allowed: authorization_code"),
                error.description());
    }

    @Test
    void constructorWhenGrantTypesOutsideTheSupportedOnesThenFails() {
        assertThrows(IllegalArgumentException.class, () -> registration(Set.of("authorization_code", "implicit")));
        assertThrows(IllegalArgumentException.class, () -> registration(Set.of("refresh_token")));
        assertThrows(IllegalArgumentException.class, () -> registration(Collections.emptySet()));
    }
}
