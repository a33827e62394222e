package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator as Atlassian's Cloud API gateway, with a real OAuth 2.0 server (mock-oauth2-server) standing in for
 * auth.atlassian.com: it signs the access tokens, the simulator checks them against its JWK set.
 */
class CloudGatewayTest extends SimulatorHarness {
    static final String ISSUER_ID = "atlassian";
    static final String CLOUD_ID = "1324a887-45db-1bf4-1e99-ef0ff456d421";
    static final String AUDIENCE = "api.atlassian.com";
    static final String GATEWAY = "/ex/jira/" + CLOUD_ID;
    static final String RESOURCES = "/oauth/token/accessible-resources";
    static final String UNAUTHORIZED = "{\"code\":401,\"message\":\"Unauthorized\"}";
    static final String CREATE = "{\"fields\":{\"project\":{\"key\":\"DEMO\"},\"issuetype\":{\"name\":\"Bug\"},"
            + "\"summary\":\"Created through the gateway\"}}";
    static MockOAuth2Server authServer;

    @BeforeAll
    static void startAuthorizationServer() {
        authServer = new MockOAuth2Server();
        authServer.start();
    }

    @AfterAll
    static void stopAuthorizationServer() {
        authServer.shutdown();
    }

    @BeforeEach
    void trustTheAuthorizationServer() {
        trust(Map.of());
    }

    /** Trusts the mock server's {@code atlassian} issuer for {@link #CLOUD_ID}; {@code extra} members added. */
    static JsonNode trust(Map<String, Object> extra) {
        ObjectNode body = Json.object();
        body.put("cloudId", CLOUD_ID);
        body.put("jwksUrl", authServer.jwksUrl(ISSUER_ID).toString());
        body.put("issuer", authServer.issuerUrl(ISSUER_ID).toString());
        body.put("audience", AUDIENCE);
        extra.forEach((k, v) -> body.set(k, Json.MAPPER.valueToTree(v)));
        SimClient.Response answer = client.post("/_sim/cloud", null, body.toString());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    static String token(String subject) {
        return authServer.issueToken(ISSUER_ID, subject, AUDIENCE,
                Map.of("scope", "read:jira-work write:jira-work offline_access")).serialize();
    }

    static String bearer(String jwt) {
        return "Bearer " + jwt;
    }

    static List<RecordedRequest> log() {
        List<RecordedRequest> entries = new ArrayList<>();
        client.get("/_sim/requests", null).json().forEach(e -> entries.add(RecordedRequest.fromJson(e)));
        return entries;
    }

    @Test
    void accessibleResourcesListsTheTrustedSiteInAtlassiansShape() {
        SimClient.Response answer = client.get(RESOURCES, bearer(token("alice")));
        assertEquals(200, answer.status(), answer.body());
        JsonNode sites = answer.json();
        assertEquals(1, sites.size(), answer.body());
        JsonNode site = sites.get(0);
        assertEquals(List.of("id", "url", "name", "scopes", "avatarUrl"), new ArrayList<>(site.propertyNames()));
        assertEquals(CLOUD_ID, site.path("id").asString());
        assertEquals("https://example.atlassian.net", site.path("url").asString());
        assertEquals("example", site.path("name").asString());
        assertTrue(site.path("scopes").toString().contains("\"read:jira-work\""), answer.body());
        assertTrue(site.path("scopes").toString().contains("\"write:jira-work\""), answer.body());
        assertTrue(site.path("avatarUrl").asString().startsWith("https://"), answer.body());

        SimClient.Response none = client.get(RESOURCES, null);
        assertEquals(401, none.status());
        assertEquals(Json.parse(UNAUTHORIZED), none.json());
        RecordedRequest first = log().get(0);
        assertEquals(RESOURCES, first.path());
        assertEquals("alice", first.user());
        assertEquals(200, first.status());
        assertEquals("http", first.scheme());
        assertNull(log().get(1).user());
        assertEquals(List.of(), OpenApiContract.jiraDataCenter().violations(log()));
    }

    @Test
    void searchAndCreateThroughTheGatewayActAsTheTokensSubject() {
        SimClient.Response search = client.get(GATEWAY + "/rest/api/2/search?jql=project%20%3D%20DEMO&fields=summary",
                bearer(token("alice")));
        assertEquals(200, search.status(), search.body());
        assertTrue(search.json().path("total").asInt() > 0, search.body());
        assertTrue(search.json().path("issues").get(0).path("self").asString()
                .startsWith(jira.baseUrl() + GATEWAY + "/rest/api/2/issue/"), "self links point through the gateway");
        SimClient.Response myself = client.get(GATEWAY + "/rest/api/2/myself", bearer(token("alice")));
        assertEquals("alice", myself.json().path("name").asString(), myself.body());

        SimClient.Response created = client.post(GATEWAY + "/rest/api/2/issue", bearer(token("bob")), CREATE);
        assertEquals(201, created.status(), created.body());
        String key = created.json().path("key").asString();
        assertEquals("bob", client.get("/_sim/issues/" + key, null).json().path("creator").asString());
        SimClient.Response read = client.get(GATEWAY + "/rest/api/2/issue/" + key, bearer(token("admin")));
        assertEquals(200, read.status(), read.body());
        assertEquals("bob", read.json().path("fields").path("creator").path("name").asString(), read.body());

        List<RecordedRequest> log = log();
        assertEquals(List.of("alice", "alice", "bob", "admin"), log.stream().map(RecordedRequest::user).toList());
        assertEquals(GATEWAY + "/rest/api/2/issue", log.get(2).path());
        assertEquals(List.of(), OpenApiContract.jiraDataCenter().violations(log));
        assertEquals(1, client.get("/_sim/cloud", null).json().path("jwksFetches").asInt(),
                "the JWK set is fetched once and cached");
        assertEquals(401, client.get("/rest/api/2/myself", bearer(token("alice"))).status(),
                "a Cloud token is no credential on the Jira DC face");
    }

    @Test
    void anUnknownCloudIdIsTheGatewaysNotFoundOnceTheTokenIsGood() {
        SimClient.Response wrong = client.get("/ex/jira/00000000-0000-0000-0000-000000000000/rest/api/2/myself",
                bearer(token("alice")));
        assertEquals(404, wrong.status());
        assertEquals(Json.parse("{\"code\":404,\"message\":\"Not Found\"}"), wrong.json());
        assertEquals(404, client.get("/ex/jira/" + CLOUD_ID, bearer(token("alice"))).status(), "no REST path");
        assertEquals(401, client.get("/ex/jira/00000000-0000-0000-0000-000000000000/rest/api/2/myself", null)
                .status(), "the token is checked first");
        SimClient.Response missing = client.get(GATEWAY + "/rest/api/2/bogus", bearer(token("alice")));
        assertEquals(404, missing.status());
        assertEquals("null for uri: " + jira.baseUrl() + GATEWAY + "/rest/api/2/bogus",
                missing.json().path("message").asString(), "Jira's own 404 behind the gateway");
    }

    @Test
    void expiredForgedOtherIssuerAndNonJwtCredentialsAreRefused() throws Exception {
        String good = token("alice");
        String expired = authServer.issueToken(ISSUER_ID, "alice", AUDIENCE, Map.of(), -60).serialize();
        String otherIssuer = authServer.issueToken("someone-else", "alice", AUDIENCE, Map.of()).serialize();
        String[] parts = good.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"alice\"", "\"sub\":\"admin\"");
        assertTrue(payload.contains("\"sub\":\"admin\""), payload);
        String tampered = parts[0] + "." + base64(payload) + "." + parts[2];
        String ownKey = signedByAnotherKey(SignedJWT.parse(good));
        String unsigned = base64("{\"alg\":\"none\"}") + "." + parts[1] + ".";
        String hmac = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2];
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("expired", bearer(expired));
        refused.put("other issuer", bearer(otherIssuer));
        refused.put("payload changed after signing", bearer(tampered));
        refused.put("signed by a key outside the JWK set", bearer(ownKey));
        refused.put("alg none", bearer(unsigned));
        refused.put("alg HS256", bearer(hmac));
        refused.put("not a JWT", "Bearer sim-alice-token");
        refused.put("Basic", SimClient.basic("alice", "alice"));
        refused.put("unknown user", bearer(token("mallory")));
        refused.forEach((why, authorization) -> {
            for (String path : List.of(RESOURCES, GATEWAY + "/rest/api/2/myself")) {
                SimClient.Response answer = client.get(path, authorization);
                assertEquals(401, answer.status(), why + " on " + path + ": " + answer.body());
                assertEquals(Json.parse(UNAUTHORIZED), answer.json(), why);
            }
        });
        assertTrue(log().stream().allMatch(r -> r.user() == null && r.status() == 401), log().toString());
        assertEquals(200, client.get(GATEWAY + "/rest/api/2/myself", bearer(good)).status(), "the good one still works");
    }

    @Test
    void theIssuerAndAudienceAreCheckedBesideTheSignature() {
        String alice = token("alice");
        ObjectNode otherIssuer = (ObjectNode) client.get("/_sim/cloud", null).json();
        otherIssuer.put("issuer", "https://auth.atlassian.com");
        assertEquals(200, client.post("/_sim/cloud", null, otherIssuer.toString()).status());
        assertEquals(401, client.get(RESOURCES, bearer(alice)).status(), "signed by the trusted key, wrong iss");

        trust(Map.of());
        String otherAudience = authServer.issueToken(ISSUER_ID, "alice", "api.example.com", Map.of()).serialize();
        assertEquals(401, client.get(RESOURCES, bearer(otherAudience)).status());
        ObjectNode anyAudience = (ObjectNode) client.get("/_sim/cloud", null).json();
        anyAudience.remove("audience");
        assertEquals(200, client.post("/_sim/cloud", null, anyAudience.toString()).status());
        assertEquals(200, client.get(RESOURCES, bearer(otherAudience)).status(), "no audience configured: any");
    }

    @Test
    void theVerifierSaysWhyATokenIsRefused() throws Exception {
        CloudTrust trust = CloudTrust.parse(client.get("/_sim/cloud", null).json());
        JwksCache keys = new JwksCache(trust.jwksUrl());
        String good = token("alice");
        // read the clock after issuing: a second may tick in between, and nbf is the issuing second
        long now = System.currentTimeMillis() / 1000 + 1;
        assertTrue(CloudTokenVerifier.verify(good, trust, keys, now).accepted());
        assertEquals("alice", CloudTokenVerifier.verify(good, trust, keys, now).claims().path("sub").asString());
        assertEquals("expired", CloudTokenVerifier.verify(good, trust, keys, now + 7200).failure());
        assertEquals("expired", CloudTokenVerifier.verify(
                authServer.issueToken(ISSUER_ID, "alice", AUDIENCE, Map.of(), -5).serialize(), trust, keys, now)
                .failure());
        assertEquals("signature not verified by the trusted keys", CloudTokenVerifier.verify(
                signedByAnotherKey(SignedJWT.parse(good)), trust, keys, now).failure());
        assertTrue(CloudTokenVerifier.verify(authServer.issueToken("someone-else", "alice", AUDIENCE, Map.of())
                .serialize(), trust, keys, now).failure().startsWith("signature not verified"));
        assertEquals("not a signed JWT", CloudTokenVerifier.verify("a.b", trust, keys, now).failure());
        assertEquals("algorithm not accepted: none", CloudTokenVerifier.verify(base64("{\"alg\":\"none\"}") + "."
                + good.split("\\.")[1] + ".c2ln", trust, keys, now).failure());
        assertEquals("audience api.atlassian.com missing", CloudTokenVerifier.verify(
                authServer.issueToken(ISSUER_ID, "alice", "other", Map.of()).serialize(), trust, keys, now).failure());
        CloudTrust otherIssuer = new CloudTrust(trust.cloudId(), trust.jwksUrl(), "https://auth.atlassian.com",
                null, "sub", Map.of(), trust.siteUrl(), trust.siteName(), trust.scopes(), trust.avatarUrl(), false);
        assertTrue(CloudTokenVerifier.verify(good, otherIssuer, keys, now).failure().startsWith("issuer "));
        assertTrue(CloudTokenVerifier.verify(good, trust, new JwksCache("http://127.0.0.1:9/jwks"), now).failure()
                .startsWith("JWK set unavailable"));
    }

    @Test
    void accountIdsAndAnotherUserClaimCanNameTheUser() {
        trust(Map.of("accounts", Map.of("557058:f2b1c3d4-0000-4000-8000-000000000001", "bob")));
        SimClient.Response byAccount = client.get(GATEWAY + "/rest/api/2/myself",
                bearer(token("557058:f2b1c3d4-0000-4000-8000-000000000001")));
        assertEquals("bob", byAccount.json().path("name").asString(), byAccount.body());

        trust(Map.of("userClaim", "preferred_username"));
        String named = authServer.issueToken(ISSUER_ID, "557058:whoever", AUDIENCE,
                Map.of("preferred_username", "admin")).serialize();
        assertEquals("admin", client.get(GATEWAY + "/rest/api/2/myself", bearer(named)).json().path("name")
                .asString());
        assertEquals(401, client.get(GATEWAY + "/rest/api/2/myself", bearer(token("alice"))).status(),
                "no preferred_username claim");

        SimClient.Response unknown = client.post("/_sim/cloud", null, "{\"cloudId\":\"c\",\"jwksUrl\":\"http://x/j\","
                + "\"issuer\":\"i\",\"accounts\":{\"1\":\"zed\"}}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("no user zed"), unknown.body());
    }

    @Test
    void withRequireScopesTheTokensScopeMustCoverTheMethod() {
        trust(Map.of("requireScopes", true));
        String readOnly = authServer.issueToken(ISSUER_ID, "alice", AUDIENCE, Map.of("scope",
                "read:jira-work offline_access")).serialize();
        assertEquals(200, client.get(GATEWAY + "/rest/api/2/myself", bearer(readOnly)).status());
        SimClient.Response write = client.post(GATEWAY + "/rest/api/2/issue", bearer(readOnly), CREATE);
        assertEquals(401, write.status());
        assertEquals(Json.parse("{\"code\":401,\"message\":\"Unauthorized; scope does not match\"}"), write.json());
        assertEquals(201, client.post(GATEWAY + "/rest/api/2/issue", bearer(token("alice")), CREATE).status());
        String noScope = authServer.issueToken(ISSUER_ID, "alice", AUDIENCE, Map.of()).serialize();
        assertEquals(401, client.get(GATEWAY + "/rest/api/2/myself", bearer(noScope)).status());
        assertEquals(200, client.get(RESOURCES, bearer(noScope)).status(), "accessible-resources needs no scope");
    }

    @Test
    void theControlApiShowsReplacesAndForgetsTheTrust() {
        JsonNode shown = client.get("/_sim/cloud", null).json();
        assertTrue(shown.path("configured").asBoolean(), shown.toString());
        assertEquals(CLOUD_ID, shown.path("cloudId").asString());
        assertEquals(authServer.issuerUrl(ISSUER_ID).toString(), shown.path("issuer").asString());
        assertEquals(AUDIENCE, shown.path("audience").asString());
        assertEquals("sub", shown.path("userClaim").asString());

        assertEquals(400, client.post("/_sim/cloud", null, "{\"cloudId\":\"x\"}").status());
        assertEquals(400, client.post("/_sim/cloud", null, "{\"cloudId\":\"a/b\",\"jwksUrl\":\"http://x/j\","
                + "\"issuer\":\"i\"}").status());
        assertEquals(400, client.post("/_sim/cloud", null, "{\"cloudId\":\"a\",\"jwksUrl\":\"file:///etc/passwd\","
                + "\"issuer\":\"i\"}").status());
        assertEquals(CLOUD_ID, client.get("/_sim/cloud", null).json().path("cloudId").asString(), "kept");

        trust(Map.of("cloudId", "other-site", "siteUrl", "https://other.atlassian.net", "siteName", "other",
                "scopes", List.of("read:jira-work")));
        JsonNode site = client.get(RESOURCES, bearer(token("alice"))).json().get(0);
        assertEquals("other-site", site.path("id").asString());
        assertEquals("https://other.atlassian.net", site.path("url").asString());
        assertEquals(List.of("read:jira-work"), List.of(site.path("scopes").get(0).asString()));
        assertEquals(404, client.get(GATEWAY + "/rest/api/2/myself", bearer(token("alice"))).status(),
                "the old cloud id is gone");
        assertEquals(200, client.get("/ex/jira/other-site/rest/api/2/myself", bearer(token("alice"))).status());

        client.post("/_sim/reset", null, "{}");
        assertFalse(client.get("/_sim/cloud", null).json().path("configured").asBoolean());
        assertEquals(401, client.get(RESOURCES, bearer(token("alice"))).status(), "nothing trusted after a reset");
        trust(Map.of());
        assertEquals(204, client.delete("/_sim/cloud", null).status());
        assertFalse(client.get("/_sim/cloud", null).json().path("configured").asBoolean());
        assertEquals(401, client.get(GATEWAY + "/rest/api/2/myself", bearer(token("alice"))).status());
        assertTrue(client.get("/_sim", null).json().path("operations").has("GET|POST|DELETE /_sim/cloud"));
    }

    @Test
    void aFaultSetForAJiraPathAppliesThroughTheGateway() {
        client.post("/_sim/faults", null, "{\"path\":\"/rest/api/2/search\",\"status\":503,\"times\":1}");
        assertEquals(503, client.get(GATEWAY + "/rest/api/2/search?jql=", bearer(token("alice"))).status());
        assertEquals(200, client.get(GATEWAY + "/rest/api/2/search?jql=", bearer(token("alice"))).status());
        client.post("/_sim/faults", null, "{\"path\":\"" + GATEWAY + "/rest/api/2/myself\",\"status\":429,"
                + "\"retryAfter\":3,\"times\":1}");
        assertEquals(429, client.get(GATEWAY + "/rest/api/2/myself", bearer(token("alice"))).status());
    }

    /**
     * The whole 3LO flow against the real OAuth server, as mcpgate runs it: authorize (consent is automatic there),
     * code for tokens at the token endpoint, accessible-resources for the cloud id, then Jira through the gateway.
     */
    @Test
    void theAuthorizationCodeFlowOfTheOAuthServerGivesATokenTheGatewayTakes() {
        authServer.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "alice", "JWT", List.of(AUDIENCE),
                Map.of("scope", "read:jira-work write:jira-work offline_access"), 3600));
        String redirect = "http://127.0.0.1:9/callback";
        Map<String, String> params = new LinkedHashMap<>();
        params.put("audience", AUDIENCE);
        params.put("client_id", "mcpgate");
        // mock-oauth2-server parses every authorize request as OpenID Connect and refuses one without openid
        // (400 invalid_request); auth.atlassian.com does not need it. The scopes of the token come from the callback.
        params.put("scope", "openid read:jira-work write:jira-work offline_access");
        params.put("redirect_uri", redirect);
        params.put("state", "s-42");
        params.put("response_type", "code");
        params.put("prompt", "consent");
        String authorizeUrl = authServer.authorizationEndpointUrl(ISSUER_ID) + "?" + form(params);
        // With a prompt parameter mock-oauth2-server shows its login page (a form: username, claims) instead of
        // redirecting at once; the user "signs in" as alice, the name becoming the token's sub.
        SimClient.Response page = client.get(authorizeUrl, null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("name=\"username\""), page.body());
        SimClient.Response authorize = client.form(authorizeUrl, null, "username=alice&claims="
                + URLEncoder.encode("{\"scope\":\"read:jira-work write:jira-work offline_access\"}",
                        StandardCharsets.UTF_8));
        assertEquals(302, authorize.status(), authorize.body());
        String location = authorize.header("Location").orElseThrow();
        assertTrue(location.startsWith(redirect), location);
        String code = query(location).get("code");
        assertNotNull(code, location);
        assertEquals("s-42", query(location).get("state"));

        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("client_id", "mcpgate");
        exchange.put("client_secret", "secret");
        exchange.put("code", code);
        exchange.put("redirect_uri", redirect);
        SimClient.Response tokens = client.form(authServer.tokenEndpointUrl(ISSUER_ID).toString(), null,
                form(exchange));
        assertEquals(200, tokens.status(), tokens.body());
        String access = tokens.json().path("access_token").asString();

        JsonNode sites = client.get(RESOURCES, bearer(access)).json();
        String cloudId = sites.get(0).path("id").asString();
        SimClient.Response myself = client.get("/ex/jira/" + cloudId + "/rest/api/2/myself", bearer(access));
        assertEquals(200, myself.status(), myself.body());
        assertEquals("alice", myself.json().path("name").asString());
    }

    /** The same claims and key id, signed by a key the JWK set does not hold. */
    private static String signedByAnotherKey(SignedJWT original) throws Exception {
        RSAKey mine = new RSAKeyGenerator(2048).keyID(original.getHeader().getKeyID()).generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder(original.getJWTClaimsSet())
                .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(mine.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        forged.sign(new RSASSASigner(mine));
        return forged.serialize();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            params.put(OAuthHarness.decode(pair.substring(0, eq)), OAuthHarness.decode(pair.substring(eq + 1)));
        }
        return params;
    }
}
