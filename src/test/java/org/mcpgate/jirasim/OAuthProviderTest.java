package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Jira DC's OAuth 2.0 provider at the API level: codes, PKCE, tokens, rotation, scopes and the counters. */
class OAuthProviderTest extends OAuthHarness {
    private static final String UNAUTHORIZED = "{\"message\":\"Client must be authenticated to access this"
            + " resource.\",\"status-code\":401}";

    @Test
    void codeFlowWithPkceS256GivesJirasTokenResponseAndTheTokenActsAsAlice() {
        String verifier = verifier();
        Map<String, String> params = authorizeParams(s256(verifier), "S256");
        SimClient.Response redirect = authorize(params, ALICE_BASIC);
        assertEquals(Optional.of("alice"), redirect.header("X-AUSERNAME"));
        String code = redirectParams(redirect).get("code");
        long before = System.currentTimeMillis() / 1000;
        SimClient.Response answer = token(codeGrant(code, verifier));
        assertEquals(200, answer.status(), answer.body());
        JsonNode tokens = answer.json();
        assertEquals(List.of("access_token", "token_type", "expires_in", "refresh_token", "created_at"),
                new ArrayList<>(tokens.propertyNames()));
        assertEquals("bearer", tokens.path("token_type").asString());
        assertEquals(7200, tokens.path("expires_in").asInt());
        assertTrue(Math.abs(tokens.path("created_at").asLong() - before) <= 2, tokens.toString());
        assertNotEquals(tokens.path("access_token").asString(), tokens.path("refresh_token").asString());
        assertEquals(Optional.of("no-store"), answer.header("Cache-Control"));

        SimClient.Response myself = client.get("/rest/api/2/myself", bearer(tokens));
        assertEquals(200, myself.status());
        assertEquals("alice", myself.json().path("name").asString());
        assertEquals(Optional.of("alice"), myself.header("X-AUSERNAME"));
        // the refresh token is no access token
        assertEquals(401, client.get("/rest/api/2/myself", "Bearer " + tokens.path("refresh_token").asString())
                .status());
    }

    @Test
    void codeFlowWithPlainPkceAndClientCredentialsByHttpBasic() {
        String verifier = verifier();
        String code = code(authorizeParams(verifier, "plain"));
        Map<String, String> form = codeGrant(code, verifier);
        form.remove("client_id");
        form.remove("client_secret");
        SimClient.Response answer = client.form(TOKEN, SimClient.basic(CLIENT_ID, CLIENT_SECRET), encode(form));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(200, client.get("/rest/api/2/issue/DEMO-1", bearer(answer.json())).status());
    }

    @Test
    void challengeWithoutMethodIsPlainAndCodesWithoutPkceNeedNoVerifier() {
        String verifier = verifier();
        Map<String, String> plain = authorizeParams(verifier, null);
        assertEquals(200, token(codeGrant(code(plain), verifier)).status());
        String bare = code(authorizeParams(null, null));
        assertOAuthError(token(codeGrant(bare, verifier())), 400, "invalid_grant");
        assertEquals(200, token(codeGrant(bare, null)).status());
    }

    @Test
    void parametersInTheQueryStringAsInAtlassiansExamplesAreReadToo() {
        String verifier = verifier();
        String code = code(authorizeParams(s256(verifier), "S256"));
        SimClient.Response answer = client.send("POST", TOKEN + "?" + encode(codeGrant(code, verifier)), Map.of(),
                null);
        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void wrongOrMissingVerifierIsRefusedWithoutUsingUpTheCode() {
        String verifier = verifier();
        String code = code(authorizeParams(s256(verifier), "S256"));
        assertOAuthError(token(codeGrant(code, verifier())), 400, "invalid_grant");
        assertOAuthError(token(codeGrant(code, s256(verifier))), 400, "invalid_grant");
        assertOAuthError(token(codeGrant(code, null)), 400, "invalid_request");
        assertEquals(200, token(codeGrant(code, verifier)).status());
        assertEquals(1, stats().path("tokenExchanges").asInt());
    }

    @Test
    void aCodeWorksOnceAndItsReuseRevokesTheTokensIssuedFromIt() {
        String verifier = verifier();
        String code = code(authorizeParams(s256(verifier), "S256"));
        JsonNode first = token(codeGrant(code, verifier)).json();
        assertEquals(200, client.get("/rest/api/2/myself", bearer(first)).status());
        SimClient.Response again = token(codeGrant(code, verifier));
        assertOAuthError(again, 400, "invalid_grant");
        assertTrue(again.json().path("error_description").asString().contains("already been used"));
        assertEquals(401, client.get("/rest/api/2/myself", bearer(first)).status());
        assertOAuthError(token(refreshGrant(first.path("refresh_token").asString())), 400, "invalid_grant");
    }

    @Test
    void aCodeExpiresAfterCodeSeconds() throws InterruptedException {
        settings("{\"codeSeconds\":1}");
        String verifier = verifier();
        String code = code(authorizeParams(s256(verifier), "S256"));
        Thread.sleep(1_100);
        SimClient.Response late = token(codeGrant(code, verifier));
        assertOAuthError(late, 400, "invalid_grant");
        assertTrue(late.json().path("error_description").asString().contains("expired"));
    }

    @Test
    void aRedirectUriOtherThanTheRegisteredOneIsA400PageNeverARedirect() {
        for (String other : new String[] {REDIRECT + "/", REDIRECT + "?x=1", "http://evil.example/cb", null}) {
            Map<String, String> params = authorizeParams(null, null);
            if (other == null) {
                params.remove("redirect_uri");
            } else {
                params.put("redirect_uri", other);
            }
            SimClient.Response answer = authorize(params, ALICE_BASIC);
            assertEquals(400, answer.status(), String.valueOf(other));
            assertEquals(Optional.empty(), answer.header("Location"));
            assertTrue(answer.header("Content-Type").orElseThrow().startsWith("text/html"));
        }
        Map<String, String> unknown = authorizeParams(null, null);
        unknown.put("client_id", "nobody");
        assertEquals(400, authorize(unknown, ALICE_BASIC).status());
        assertEquals(0, stats().path("codesIssued").asInt());
    }

    @Test
    void theTokenRequestMustRepeatTheRedirectUri() {
        String verifier = verifier();
        String code = code(authorizeParams(s256(verifier), "S256"));
        Map<String, String> wrong = codeGrant(code, verifier);
        wrong.put("redirect_uri", "http://127.0.0.1:9/other");
        assertOAuthError(token(wrong), 400, "invalid_grant");
        Map<String, String> missing = codeGrant(code, verifier);
        missing.remove("redirect_uri");
        assertOAuthError(token(missing), 400, "invalid_grant");
        assertEquals(200, token(codeGrant(code, verifier)).status());
    }

    @Test
    void otherAuthorizeMistakesGoBackToTheClientWithTheState() {
        Map<String, String> wide = authorizeParams(null, null);
        wide.put("scope", "ADMIN");
        Map<String, String> back = redirectParams(authorize(wide, ALICE_BASIC));
        assertEquals("invalid_scope", back.get("error"));
        assertEquals(wide.get("state"), back.get("state"));
        Map<String, String> cloudScope = authorizeParams(null, null);
        cloudScope.put("scope", "read:jira-work");
        assertEquals("invalid_scope", redirectParams(authorize(cloudScope, ALICE_BASIC)).get("error"));
        Map<String, String> token = authorizeParams(null, null);
        token.put("response_type", "token");
        assertEquals("unsupported_response_type", redirectParams(authorize(token, ALICE_BASIC)).get("error"));
        Map<String, String> method = authorizeParams(verifier(), "S512");
        assertEquals("invalid_request", redirectParams(authorize(method, ALICE_BASIC)).get("error"));
        Map<String, String> shortChallenge = authorizeParams("abc", "plain");
        assertEquals("invalid_request", redirectParams(authorize(shortChallenge, ALICE_BASIC)).get("error"));
        assertEquals(0, stats().path("codesIssued").asInt());
    }

    @Test
    void refreshRotatesBothTokens() {
        JsonNode first = tokensFor("WRITE");
        SimClient.Response refreshed = token(refreshGrant(first.path("refresh_token").asString()));
        assertEquals(200, refreshed.status(), refreshed.body());
        JsonNode second = refreshed.json();
        assertEquals("bearer", second.path("token_type").asString());
        assertNotEquals(first.path("access_token").asString(), second.path("access_token").asString());
        assertNotEquals(first.path("refresh_token").asString(), second.path("refresh_token").asString());

        SimClient.Response oldAccess = client.get("/rest/api/2/myself", bearer(first));
        assertEquals(401, oldAccess.status());
        assertEquals(UNAUTHORIZED, oldAccess.body());
        assertOAuthError(token(refreshGrant(first.path("refresh_token").asString())), 400, "invalid_grant");
        assertEquals(200, client.get("/rest/api/2/myself", bearer(second)).status());
        assertEquals(200, token(refreshGrant(second.path("refresh_token").asString())).status());
        assertEquals(401, client.get("/rest/api/2/myself", bearer(second)).status());
    }

    @Test
    void refreshWantsTheRedirectUriLikeJiraDcUnlessSwitchedOff() {
        JsonNode tokens = tokensFor("WRITE");
        Map<String, String> without = refreshGrant(tokens.path("refresh_token").asString());
        without.remove("redirect_uri");
        assertOAuthError(token(without), 400, "invalid_grant");
        settings("{\"refreshNeedsRedirectUri\":false}");
        assertEquals(200, token(without).status());
    }

    @Test
    void refreshMayNarrowTheScopeButNotWidenIt() {
        JsonNode tokens = tokensFor("READ");
        Map<String, String> wider = refreshGrant(tokens.path("refresh_token").asString());
        wider.put("scope", "WRITE");
        assertOAuthError(token(wider), 400, "invalid_scope");
        JsonNode write = tokensFor("WRITE");
        Map<String, String> narrower = refreshGrant(write.path("refresh_token").asString());
        narrower.put("scope", "READ");
        JsonNode read = token(narrower).json();
        assertEquals(403, client.post("/rest/api/2/issue/DEMO-1/comment", bearer(read), "{\"body\":\"x\"}")
                .status());
    }

    @Test
    void aReadTokenReadsAndSearchesButMayNotWrite() {
        String read = bearer(tokensFor("READ"));
        int comments = client.get("/_sim/issues/DEMO-1", null).json().path("comments").size();
        assertEquals(200, client.get("/rest/api/2/issue/DEMO-1", read).status());
        assertEquals(200, client.post("/rest/api/2/search", read, "{\"jql\":\"project = DEMO\"}").status());
        assertEquals(200, client.post("/rest/api/latest/search", read, "{\"jql\":\"project = DEMO\"}").status());
        SimClient.Response write = client.post("/rest/api/2/issue/DEMO-1/comment", read, "{\"body\":\"x\"}");
        assertEquals(403, write.status());
        assertEquals(Optional.of("alice"), write.header("X-AUSERNAME"));
        assertEquals(1, write.json().path("errorMessages").size(), write.body());
        assertTrue(write.json().path("errorMessages").get(0).asString().contains("READ"));
        assertTrue(write.json().path("errors").isObject());
        assertEquals(403, client.put("/rest/api/2/issue/DEMO-1", read, "{\"fields\":{\"summary\":\"x\"}}").status());
        assertEquals(comments, client.get("/_sim/issues/DEMO-1", null).json().path("comments").size());

        SimClient.Response written = client.post("/rest/api/2/issue/DEMO-1/comment", bearer(tokensFor("WRITE")),
                "{\"body\":\"by oauth\"}");
        assertEquals(201, written.status(), written.body());
        assertEquals("alice", written.json().path("author").path("name").asString());
    }

    @Test
    void anExpiredAccessTokenIsA401LikeABadPatAndTheRefreshTokenStillWorks() throws InterruptedException {
        settings("{\"accessTokenSeconds\":1}");
        JsonNode tokens = tokensFor("WRITE");
        assertEquals(1, tokens.path("expires_in").asInt());
        assertEquals(200, client.get("/rest/api/2/myself", bearer(tokens)).status());
        Thread.sleep(1_100);
        SimClient.Response expired = client.get("/rest/api/2/myself", bearer(tokens));
        assertEquals(401, expired.status());
        assertEquals(UNAUTHORIZED, expired.body());
        assertEquals(Optional.of("AUTHENTICATED_FAILED"), expired.header("X-Seraph-LoginReason"));
        JsonNode fresh = token(refreshGrant(tokens.path("refresh_token").asString())).json();
        assertEquals(200, client.get("/rest/api/2/myself", bearer(fresh)).status());
    }

    @Test
    void anExpiredRefreshTokenIsInvalidGrant() throws InterruptedException {
        settings("{\"refreshTokenSeconds\":1}");
        JsonNode tokens = tokensFor("WRITE");
        Thread.sleep(1_100);
        assertOAuthError(token(refreshGrant(tokens.path("refresh_token").asString())), 400, "invalid_grant");
        assertEquals(1, stats().path("refreshFailures").asInt());
    }

    @Test
    void statsCountCodesExchangesRefreshesAndFailedRefreshesAndResetZeroesThem() {
        assertEquals("{\"codesIssued\":0,\"tokenExchanges\":0,\"refreshes\":0,\"refreshFailures\":0}",
                client.get("/_sim/oauth/stats", null).body());
        JsonNode tokens = tokensFor("WRITE");
        code(authorizeParams(null, null));
        JsonNode refreshed = token(refreshGrant(tokens.path("refresh_token").asString())).json();
        token(refreshGrant(tokens.path("refresh_token").asString()));
        token(refreshGrant("nonsense"));
        Map<String, String> badClient = refreshGrant(refreshed.path("refresh_token").asString());
        badClient.put("client_secret", "wrong");
        assertOAuthError(token(badClient), 401, "invalid_client");
        token(refreshGrant(refreshed.path("refresh_token").asString()));
        assertEquals("{\"codesIssued\":2,\"tokenExchanges\":1,\"refreshes\":2,\"refreshFailures\":3}",
                client.get("/_sim/oauth/stats", null).body());
        client.post("/_sim/reset", null, "{}");
        assertEquals("{\"codesIssued\":0,\"tokenExchanges\":0,\"refreshes\":0,\"refreshFailures\":0}",
                client.get("/_sim/oauth/stats", null).body());
    }

    @Test
    void tokenEndpointErrorsFollowRfc6749() {
        String verifier = verifier();
        String code = code(authorizeParams(s256(verifier), "S256"));
        Map<String, String> wrongSecret = codeGrant(code, verifier);
        wrongSecret.put("client_secret", "nope");
        SimClient.Response badClient = token(wrongSecret);
        assertOAuthError(badClient, 401, "invalid_client");
        assertTrue(badClient.header("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        Map<String, String> unknownClient = codeGrant(code, verifier);
        unknownClient.put("client_id", "nobody");
        assertOAuthError(token(unknownClient), 401, "invalid_client");
        Map<String, String> noSecret = codeGrant(code, verifier);
        noSecret.remove("client_secret");
        assertOAuthError(token(noSecret), 401, "invalid_client");
        assertOAuthError(client.form(TOKEN, SimClient.basic(CLIENT_ID, "nope"), encode(Map.of(
                "grant_type", "authorization_code", "code", code))), 401, "invalid_client");
        assertOAuthError(client.form(TOKEN, SimClient.basic(CLIENT_ID, CLIENT_SECRET), encode(codeGrant(code,
                verifier))), 400, "invalid_request");

        Map<String, String> credentials = Map.of("grant_type", "client_credentials", "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET);
        assertOAuthError(token(credentials), 400, "unsupported_grant_type");
        Map<String, String> password = codeGrant(code, verifier);
        password.put("grant_type", "password");
        assertOAuthError(token(password), 400, "unsupported_grant_type");
        Map<String, String> noGrant = codeGrant(code, verifier);
        noGrant.remove("grant_type");
        assertOAuthError(token(noGrant), 400, "invalid_request");
        Map<String, String> noCode = codeGrant(code, verifier);
        noCode.remove("code");
        assertOAuthError(token(noCode), 400, "invalid_request");
        assertOAuthError(token(codeGrant("made-up", verifier)), 400, "invalid_grant");

        SimClient.Response json = client.post(TOKEN, null, "{\"grant_type\":\"authorization_code\"}");
        assertEquals(500, json.status(), "Jira's @FormParam resource cannot read JSON");
        assertEquals(405, client.get(TOKEN, null).status());
        assertEquals(405, client.form(AUTHORIZE, ALICE_BASIC, encode(authorizeParams(null, null))).status());
        assertEquals(404, client.get("/rest/oauth2/latest/nothing", null).status());
        assertEquals(200, token(codeGrant(code, verifier)).status(), "failed requests left the code usable");
    }

    @Test
    void aCodeOfAnotherClientIsInvalidGrant() {
        register("other", "other-secret", "http://127.0.0.1:9/other", "WRITE");
        String code = code(authorizeParams(null, null));
        Map<String, String> stolen = codeGrant(code, null);
        stolen.put("client_id", "other");
        stolen.put("client_secret", "other-secret");
        stolen.put("redirect_uri", "http://127.0.0.1:9/other");
        assertOAuthError(token(stolen), 400, "invalid_grant");
    }

    @Test
    void resetRevokesEveryToken() {
        JsonNode tokens = tokensFor("WRITE");
        assertEquals(200, client.get("/rest/api/2/myself", bearer(tokens)).status());
        client.post("/_sim/reset", null, "{}");
        assertEquals(401, client.get("/rest/api/2/myself", bearer(tokens)).status(), "reset revokes everything");
    }

    @Test
    void theRequestLogRecordsTheOAuthRequestsAndTheContractAdmitsThem() {
        JsonNode tokens = tokensFor("WRITE");
        client.get("/rest/api/2/myself", bearer(tokens));
        List<RecordedRequest> log = new ArrayList<>();
        for (JsonNode entry : client.get("/_sim/requests", null).json()) {
            log.add(RecordedRequest.fromJson(entry));
        }
        assertEquals(3, log.size(), log.toString());
        assertEquals("GET", log.get(0).method());
        assertEquals(AUTHORIZE, log.get(0).path());
        assertTrue(log.get(0).query().contains("client_id=mcpgate"));
        assertEquals("alice", log.get(0).user());
        assertEquals(302, log.get(0).status());
        assertEquals("POST", log.get(1).method());
        assertEquals(TOKEN, log.get(1).path());
        assertEquals(200, log.get(1).status());
        assertTrue(log.get(1).body().contains("grant_type=authorization_code"));
        assertEquals("alice", log.get(2).user());
        assertEquals(List.of(), OpenApiContract.jiraDataCenter().violations(log));
    }

    @Test
    void clientsAreRegisteredListedGeneratedAndDeleted() {
        JsonNode generated = client.post("/_sim/oauth/clients", null,
                "{\"redirect_uri\":\"https://app.example/cb\"}").json();
        assertTrue(generated.path("client_id").asString().matches("[0-9a-f]{32}"), generated.toString());
        assertTrue(generated.path("client_secret").asString().matches("[0-9a-f]{64}"), generated.toString());
        assertEquals("WRITE", generated.path("scope").asString());
        JsonNode list = client.get("/_sim/oauth/clients", null).json();
        assertEquals(2, list.size());
        assertEquals(CLIENT_ID, list.get(0).path("client_id").asString());
        assertEquals(REDIRECT, list.get(0).path("redirect_uri").asString());
        for (String bad : new String[] {"{\"client_id\":\"x\"}", "{\"redirect_uri\":\"/relative\"}",
                "{\"redirect_uri\":\"https://a/cb#frag\"}", "{\"redirect_uri\":\"https://a/cb\",\"scope\":\"ALL\"}",
                "[]"}) {
            assertEquals(400, client.post("/_sim/oauth/clients", null, bad).status(), bad);
        }
        JsonNode tokens = tokensFor("WRITE");
        assertEquals(2, client.get("/_sim/oauth/tokens", null).json().size());
        assertEquals(204, client.delete("/_sim/oauth/clients/" + CLIENT_ID, null).status());
        assertEquals(404, client.delete("/_sim/oauth/clients/" + CLIENT_ID, null).status());
        assertEquals(401, client.get("/rest/api/2/myself", bearer(tokens)).status());
        assertEquals(0, client.get("/_sim/oauth/tokens", null).json().size());
        client.post("/_sim/reset", null, "{}");
        assertEquals("[]", client.get("/_sim/oauth/clients", null).body());
    }

    @Test
    void settingsAreReadChangedValidatedAndReset() {
        assertEquals("{\"autoConsent\":true,\"codeSeconds\":10,\"accessTokenSeconds\":7200,"
                + "\"refreshTokenSeconds\":7776000,\"refreshNeedsRedirectUri\":true}",
                client.get("/_sim/oauth/settings", null).body());
        JsonNode changed = client.post("/_sim/oauth/settings", null, "{\"autoConsent\":false,\"codeSeconds\":2}")
                .json();
        assertFalse(changed.path("autoConsent").asBoolean());
        assertEquals(2, changed.path("codeSeconds").asInt());
        assertEquals(7200, changed.path("accessTokenSeconds").asInt());
        for (String bad : new String[] {"{\"codeSeconds\":-1}", "{\"autoConsent\":\"yes\"}", "{\"ttl\":5}",
                "{\"accessTokenSeconds\":1.5}"}) {
            assertEquals(400, client.post("/_sim/oauth/settings", null, bad).status(), bad);
        }
        assertEquals(2, client.get("/_sim/oauth/settings", null).json().path("codeSeconds").asInt());
        client.post("/_sim/reset", null, "{}");
        assertTrue(client.get("/_sim/oauth/settings", null).json().path("autoConsent").asBoolean());
        assertTrue(client.get("/_sim", null).json().path("operations").has("GET /_sim/oauth/stats"));
    }
}
