package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the OAuth proxy refuses, and how: each refusal with its exact OAuth error, through the client's redirect URI
 * only once that URI is verified, else on a page of its own that redirects nowhere. Covers the attacks peers' proxies
 * were found open to: redirect allowlist tricks, consent approved in one browser and completed in another, codes and
 * refresh tokens replayed, tokens of one MCP server used at another, HTML in a client's name, and client-id URLs
 * pointing into the private network.
 */
@ExtendWith(JiraContract.class)
class OAuthProxyNegativeIT {

    static final String REDIRECT = OAuthProxyFlowIT.REDIRECT;

    private final ProxyBrowser browser = new ProxyBrowser();
    private ProxyClient client;

    /** A code issued to the client after bob's sign-in, not redeemed yet. */
    private record Issued(ProxyClient.Authorization authorization, String code) {
    }

    @BeforeEach
    void registeredClient() throws Exception {
        OAuthProxyFlowIT.upstreamClients();
        client = ProxyClient.register(Servers.PROXY, "Negative IT", REDIRECT, REDIRECT + "/second");
    }

    private Issued issue() throws Exception {
        ProxyClient.Authorization authorization = client.start(null);
        String code = ProxyClient.query(browser.authorize(authorization.url(), "bob")).get("code");
        assertTrue(code != null && !code.isEmpty());
        return new Issued(authorization, code);
    }

    private HttpResponse<String> redeem(Issued issued) throws Exception {
        return client.redeem(Servers.PROXY, issued.code(), issued.authorization().pkce().verifier(), REDIRECT);
    }

    private static void assertRefusedAtMcp(String mcpUrl, String accessToken) throws Exception {
        HttpResponse<String> response = ProxyClient.mcpPost(mcpUrl, accessToken, null, ProxyClient.INITIALIZE);
        assertEquals(401, response.statusCode(), response.body());
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.contains("error=\"invalid_token\""), challenge);
    }

    /** A page of the proxy's own: HTML, locked down, and no redirect anywhere. */
    private static void assertErrorPage(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isEmpty(), "redirects nowhere");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertFalse(response.body().contains("name=\"ticket\""), "no consent form");
    }

    static Stream<String> redirectsOutsideTheAllowlist() {
        return Stream.of("https://evil.example/cb", "http://evil.example@127.0.0.1:47001/callback",
                "http://127.0.0.1:47001@evil.example/callback", "http://127.0.0.1:47001/callback/%2e%2e/steal",
                "http://127.0.0.1:47001/%2E%2E/callback", "javascript:alert(1)", " JavaScript:alert(1)//",
                Servers.PROXY + "/oauth/callback", Servers.PROXY + "/oauth/callback/");
    }

    @ParameterizedTest
    @MethodSource("redirectsOutsideTheAllowlist")
    void registerWhenRedirectUriOutsideTheAllowlistThenInvalidRedirectUri(String redirect) throws Exception {
        HttpResponse<String> response = ProxyClient.registration(Servers.PROXY, ProxyClient.JSON.writeValueAsString(
                Map.of("client_name", "Evil", "redirect_uris", List.of(REDIRECT, redirect))));
        ProxyClient.assertError(response, 400, "invalid_redirect_uri");
        assertTrue(ProxyClient.json(response).path("client_id").isMissingNode(), response.body());
    }

    @Test
    void registerWhenBodyOver16KibThen413InvalidClientMetadataAndNothingRegistered() throws Exception {
        HttpResponse<String> response = ProxyClient.registration(Servers.PROXY, ProxyClient.JSON.writeValueAsString(
                Map.of("client_name", "Big", "redirect_uris", List.of(REDIRECT), "padding", "x".repeat(17_000))));
        ProxyClient.assertError(response, 413, "invalid_client_metadata");
        assertTrue(ProxyClient.json(response).path("client_id").isMissingNode(), response.body());
    }

    @Test
    void registerWhenNotJsonThenInvalidClientMetadata() throws Exception {
        HttpResponse<String> response = ProxyClient.registration(Servers.PROXY, "redirect_uris=" + REDIRECT);
        ProxyClient.assertError(response, 400, "invalid_client_metadata");
    }

    @Test
    void tokenWhenRedirectUriDiffersFromTheAuthorizationsThenInvalidGrant() throws Exception {
        Issued issued = issue();
        ProxyClient.assertError(client.redeem(Servers.PROXY, issued.code(), issued.authorization().pkce().verifier(),
                REDIRECT + "/second"), 400, "invalid_grant");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "plain"})
    void authorizeWithoutS256PkceThenRedirectWithInvalidRequestAndTheClientsState(String pkce) throws Exception {
        ProxyClient.Pkce pair = ProxyClient.Pkce.create();
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("response_type", "code", "client_id",
                client.clientId(), "redirect_uri", REDIRECT, "state", "client-state-1"));
        if (pkce.equals("plain")) {
            parameters.put("code_challenge", pair.verifier());
            parameters.put("code_challenge_method", "plain");
        }
        HttpResponse<String> response = browser.get(ProxyClient.authorizeUrl(Servers.PROXY, parameters));
        assertEquals(303, response.statusCode(), response.body());
        URI redirect = URI.create(ProxyBrowser.location(response));
        assertTrue(redirect.toString().startsWith(REDIRECT + "?"), redirect.toString());
        Map<String, String> answer = ProxyClient.query(redirect);
        assertEquals("invalid_request", answer.get("error"));
        assertEquals("client-state-1", answer.get("state"));
        assertEquals(Servers.PROXY, answer.get("iss"));
        assertFalse(answer.containsKey("code"));
    }

    @Test
    void tokenWhenVerifierWrongThenInvalidGrant() throws Exception {
        Issued issued = issue();
        ProxyClient.assertError(client.redeem(Servers.PROXY, issued.code(), ProxyClient.Pkce.create().verifier(),
                REDIRECT), 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeReusedThenInvalidGrantAndFamilyRevoked() throws Exception {
        Issued issued = issue();
        ProxyClient.Tokens tokens = ProxyClient.tokens(redeem(issued));
        ProxyClient.assertError(redeem(issued), 400, "invalid_grant");
        assertRefusedAtMcp(Servers.PROXY + "/mcp", tokens.access());
        ProxyClient.assertError(client.refresh(Servers.PROXY, tokens.refresh()), 400, "invalid_grant");
    }

    @Test
    void tokenWhenCodeExpiredThenInvalidGrant() throws Exception {
        Issued issued = issue();
        Thread.sleep(6_000); // the IT deployment's codes live 5 s (MCPGATE_OAUTH_CODE_SECONDS)
        ProxyClient.assertError(redeem(issued), 400, "invalid_grant");
    }

    @Test
    void refreshWhenTokenReusedThenInvalidGrantAndTheWholeFamilyRevoked() throws Exception {
        ProxyClient.Tokens first = ProxyClient.tokens(redeem(issue()));
        ProxyClient.Tokens second = ProxyClient.tokens(client.refresh(Servers.PROXY, first.refresh()));
        ProxyClient.assertError(client.refresh(Servers.PROXY, first.refresh()), 400, "invalid_grant");
        assertRefusedAtMcp(Servers.PROXY + "/mcp", second.access());
        ProxyClient.assertError(client.refresh(Servers.PROXY, second.refresh()), 400, "invalid_grant");
    }

    @Test
    void tokenForThisServerPresentedAtAnotherMcpServerThen401InvalidToken() throws Exception {
        ProxyClient.Tokens tokens = ProxyClient.tokens(redeem(issue()));
        HttpResponse<String> other = ProxyClient.mcpPost(Servers.PROXY + "/other/mcp", tokens.access(), null,
                ProxyClient.INITIALIZE);
        assertEquals(401, other.statusCode(), other.body());
        String challenge = other.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.contains("error=\"invalid_token\""), challenge);
        assertTrue(challenge.contains("resource_metadata=\"" + Servers.PROXY
                + "/other/.well-known/oauth-protected-resource/mcp\""), challenge);
        assertEquals(200, ProxyClient.mcpPost(Servers.PROXY + "/mcp", tokens.access(), null,
                ProxyClient.INITIALIZE).statusCode(), "valid where it was issued for");
    }

    @Test
    void consentWithoutCsrfTokenThen403AndNothingSentToJira() throws Exception {
        ProxyBrowser.ConsentForm form = ProxyBrowser.ConsentForm.of(browser.get(client.start(null).url()));
        JiraSimulatorControl.clearRequests();
        HttpResponse<String> response = browser.post(Servers.PROXY + "/oauth/consent", "ticket="
                + ProxyBrowser.encode(form.ticket()) + "&decision=approve");
        assertErrorPage(response, 403);
        assertEquals(List.of(), JiraContract.received());
        assertEquals(0, JiraSimulatorControl.oauthStats().path("codesIssued").asInt());
    }

    @Test
    void consentPostedFromAnotherBrowserThen403() throws Exception {
        ProxyBrowser.ConsentForm victims = ProxyBrowser.ConsentForm.of(browser.get(client.start(null).url()));
        assertErrorPage(new ProxyBrowser().decide(Servers.PROXY, victims, "approve"), 403);

        ProxyBrowser attacker = new ProxyBrowser();
        attacker.get(client.start(null).url()); // a binding cookie of its own
        assertErrorPage(attacker.decide(Servers.PROXY, victims, "approve"), 403);
    }

    @Test
    void callbackCompletedInAnotherBrowserThanTheConsentingOneThen400AndNoCode() throws Exception {
        ProxyBrowser.ConsentForm form = ProxyBrowser.ConsentForm.of(browser.get(client.start(null).url()));
        HttpResponse<String> toJira = browser.decide(Servers.PROXY, form, "approve");
        assertEquals(303, toJira.statusCode(), toJira.body());
        HttpResponse<String> callback = new ProxyBrowser().signInAtJira(toJira, "bob");
        assertErrorPage(callback, 400);
        assertFalse(callback.body().contains("code="), callback.body());
    }

    @Test
    void clientNameWithHtmlThenConsentPageShowsItEncodedUnderAScriptFreePolicy() throws Exception {
        String name = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        HttpResponse<String> registered = ProxyClient.registration(Servers.PROXY, ProxyClient.JSON.writeValueAsString(
                Map.of("client_name", name, "redirect_uris", List.of(REDIRECT))));
        assertEquals(201, registered.statusCode(), registered.body());
        ProxyClient named = new ProxyClient(ProxyClient.json(registered).path("client_id").asString(), REDIRECT);
        HttpResponse<String> page = browser.get(named.start(null).url());
        assertEquals(200, page.statusCode(), page.body());
        assertFalse(page.body().toLowerCase(java.util.Locale.ROOT).contains("<script"), page.body());
        assertFalse(page.body().toLowerCase(java.util.Locale.ROOT).contains("<img"), page.body());
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"),
                page.body());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'none'"), policy);
        assertFalse(policy.contains("script-src"), policy);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.1.2.3/client.json", "https://192.168.0.1/c.json", "https://169.254.169.254/c",
            "https://[::ffff:10.0.0.1]/c.json"})
    void metadataDocumentClientIdAtAPrivateAddressThenErrorPageAndNoRedirect(String clientId) throws Exception {
        HttpResponse<String> response = browser.get(new ProxyClient(clientId, REDIRECT).start(null).url());
        assertErrorPage(response, 400);
        assertTrue(response.body().contains("not public"), response.body());
    }

    @Test
    void authorizeWithAnUnregisteredRedirectUriThenErrorPageAndNoRedirect() throws Exception {
        HttpResponse<String> response = browser.get(ProxyClient.authorizeUrl(Servers.PROXY, Map.of("response_type",
                "token", "client_id", client.clientId(), "redirect_uri", "https://evil.example/", "state", "s")));
        assertErrorPage(response, 400);
        assertFalse(response.body().contains("evil.example"), response.body());
    }

    @Test
    void authorizeWithAnUnknownClientThenErrorPageAndNoRedirect() throws Exception {
        assertErrorPage(browser.get(new ProxyClient("mcpgate-never-registered", REDIRECT).start(null).url()), 400);
        assertErrorPage(browser.get(ProxyClient.authorizeUrl(Servers.PROXY, Map.of("response_type", "code",
                "redirect_uri", REDIRECT))), 400);
    }

    @Test
    void registrationOnNodeBWhenOverItsRateLimitThen429WithRetryAfter() throws Exception {
        String body = ProxyClient.JSON.writeValueAsString(Map.of("client_name", "Burst", "redirect_uris",
                List.of(REDIRECT)));
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, ProxyClient.registration(Servers.PROXY_B, body).statusCode(), "registration " + i);
        }
        HttpResponse<String> fourth = ProxyClient.registration(Servers.PROXY_B, body);
        ProxyClient.assertError(fourth, 429, "invalid_request");
        long retryAfter = Long.parseLong(fourth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After: " + retryAfter);
        assertTrue(ProxyClient.json(fourth).path("client_id").isMissingNode());
    }

    @Test
    void tokenWhenAParameterIsRepeatedThenInvalidRequestAndTheCodeIsNotSpent() throws Exception {
        Issued issued = issue();
        String verifier = issued.authorization().pkce().verifier();
        HttpResponse<String> repeated = ProxyClient.token(Servers.PROXY, "grant_type", "authorization_code",
                "client_id", client.clientId(), "code", issued.code(), "redirect_uri", REDIRECT, "code_verifier",
                verifier, "code_verifier", verifier);
        ProxyClient.assertError(repeated, 400, "invalid_request");
        ProxyClient.tokens(redeem(issued));
    }

    @Test
    void tokenAnswersSuccessfulOrNotThenNoStoreAndNoCache() throws Exception {
        HttpResponse<String> error = ProxyClient.token(Servers.PROXY, "grant_type", "authorization_code",
                "client_id", client.clientId(), "code", "never-issued", "redirect_uri", REDIRECT, "code_verifier",
                ProxyClient.Pkce.create().verifier());
        ProxyClient.assertError(error, 400, "invalid_grant");
        assertEquals("no-cache", error.headers().firstValue("Pragma").orElse(null));
        ProxyClient.tokens(redeem(issue())); // asserts both headers on success
    }
}
