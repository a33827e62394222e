package org.mcpgate.jirasim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The browser's part: Jira's login redirect, the login form and its cookie, the consent page's Allow and Deny. */
class OAuthBrowserFlowTest extends OAuthHarness {
    private static final Pattern TICKET = Pattern.compile("name=\"consent_ticket\" value=\"([^\"]+)\"");

    /** A browser: keeps the session cookie, follows nothing by itself. */
    private static final class Browser {
        String cookie;

        SimClient.Response get(String pathOrUrl) {
            return client.send("GET", pathOrUrl, headers(null), null);
        }

        SimClient.Response post(String path, String form) {
            return client.send("POST", path, headers("application/x-www-form-urlencoded"), form);
        }

        private Map<String, String> headers(String contentType) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (cookie != null) {
                headers.put("Cookie", cookie);
            }
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return headers;
        }

        void keepCookie(SimClient.Response response) {
            String set = response.header("Set-Cookie").orElseThrow();
            cookie = set.substring(0, set.indexOf(';'));
        }
    }

    @Test
    void anonymousAuthorizeGoesToTheLoginPageWhichComesBackWithACookieAndThenTheCode() {
        Browser browser = new Browser();
        String verifier = verifier();
        Map<String, String> params = authorizeParams(s256(verifier), "S256");
        String authorizeUrl = AUTHORIZE + "?" + encode(params);

        SimClient.Response toLogin = browser.get(authorizeUrl);
        assertEquals(302, toLogin.status());
        String loginUrl = toLogin.header("Location").orElseThrow();
        assertEquals(jira.baseUrl() + "/login?os_destination=" + Html.encode(authorizeUrl), loginUrl);
        assertEquals(Optional.of("anonymous"), toLogin.header("X-AUSERNAME"));

        SimClient.Response form = browser.get(loginUrl);
        assertEquals(200, form.status());
        assertTrue(form.header("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(form.body().contains("id=\"login-form-username\""), form.body());
        assertTrue(form.body().contains("name=\"os_destination\" value=\"" + Html.escape(authorizeUrl) + "\""),
                form.body());

        SimClient.Response wrong = browser.post("/login", "os_username=alice&os_password=nope&os_destination="
                + Html.encode(authorizeUrl));
        assertEquals(200, wrong.status());
        assertEquals(Optional.of("AUTHENTICATED_FAILED"), wrong.header("X-Seraph-LoginReason"));
        assertTrue(wrong.body().contains(LoginPage.FAILED));
        assertEquals(Optional.empty(), wrong.header("Set-Cookie"));

        SimClient.Response loggedIn = browser.post("/login", "os_username=alice&os_password=alice&os_destination="
                + Html.encode(authorizeUrl));
        assertEquals(302, loggedIn.status());
        assertEquals(jira.baseUrl() + authorizeUrl, loggedIn.header("Location").orElseThrow());
        assertTrue(loggedIn.header("Set-Cookie").orElseThrow().matches("JSESSIONID=[0-9A-F]{32}; Path=/; HttpOnly.*"),
                loggedIn.header("Set-Cookie").orElseThrow());
        browser.keepCookie(loggedIn);

        SimClient.Response back = browser.get(loggedIn.header("Location").orElseThrow());
        assertEquals(Optional.of("alice"), back.header("X-AUSERNAME"));
        Map<String, String> callback = redirectParams(back);
        assertEquals(params.get("state"), callback.get("state"));
        JsonNode tokens = token(codeGrant(callback.get("code"), verifier)).json();
        assertEquals("alice", client.get("/rest/api/2/myself", bearer(tokens)).json().path("name").asString());

        JsonNode log = client.get("/_sim/requests", null).json();
        assertEquals("anonymous", log.get(0).path("user").asString());
        assertEquals("alice", log.get(4).path("user").asString(), "the cookie names the user in the log");
    }

    @Test
    void loginAcceptsPlainFieldNamesAndNeverRedirectsOffTheServer() {
        Browser browser = new Browser();
        SimClient.Response offsite = browser.post("/login",
                "username=bob&password=bob&os_destination=" + Html.encode("//evil.example/x"));
        assertEquals(jira.baseUrl() + "/login", offsite.header("Location").orElseThrow());
        browser.keepCookie(offsite);
        SimClient.Response page = browser.get("/login");
        assertTrue(page.body().contains("You are logged in as bob"), page.body());
        assertEquals(Optional.of("bob"), page.header("X-AUSERNAME"));
        assertEquals(200, browser.get("/login.jsp").status());
        assertEquals(200, browser.post("/login", "username=carol&password=carol").status(), "inactive user");
    }

    @Test
    void consentPageAllowGivesTheCodeOnce() {
        settings("{\"autoConsent\":false}");
        Browser browser = loggedIn("alice");
        Map<String, String> params = authorizeParams(null, null);
        params.put("scope", "READ");
        SimClient.Response page = browser.get(AUTHORIZE + "?" + encode(params));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"allow\""), page.body());
        assertTrue(page.body().contains("id=\"deny\""), page.body());
        assertTrue(page.body().contains("<strong id=\"consent-scope\">READ</strong>"), page.body());
        assertEquals(0, stats().path("codesIssued").asInt());
        String ticket = ticket(page);

        SimClient.Response allowed = browser.post(OAuthPages.CONSENT, "consent_ticket=" + ticket + "&decision=allow");
        Map<String, String> callback = redirectParams(allowed);
        assertEquals(params.get("state"), callback.get("state"));
        assertEquals(1, stats().path("codesIssued").asInt());
        JsonNode tokens = token(codeGrant(callback.get("code"), null)).json();
        assertEquals(403, client.post("/rest/api/2/issue/DEMO-1/comment", bearer(tokens), "{\"body\":\"x\"}")
                .status(), "the READ scope consented to");
        assertEquals(400, browser.post(OAuthPages.CONSENT, "consent_ticket=" + ticket + "&decision=allow").status());
    }

    @Test
    void consentPageDenyGoesBackWithAccessDenied() {
        settings("{\"autoConsent\":false}");
        Browser browser = loggedIn("alice");
        Map<String, String> params = authorizeParams(null, null);
        String ticket = ticket(browser.get(AUTHORIZE + "?" + encode(params)));
        SimClient.Response denied = browser.post(OAuthPages.CONSENT, "consent_ticket=" + ticket + "&decision=deny");
        Map<String, String> callback = redirectParams(denied);
        assertTrue(denied.header("Location").orElseThrow().startsWith(REDIRECT + "?"));
        assertEquals("access_denied", callback.get("error"));
        assertEquals(params.get("state"), callback.get("state"));
        assertFalse(callback.containsKey("code"));
        assertEquals(0, stats().path("codesIssued").asInt());
    }

    @Test
    void consentBelongsToTheUserItWasShownTo() {
        settings("{\"autoConsent\":false}");
        String ticket = ticket(loggedIn("alice").get(AUTHORIZE + "?" + encode(authorizeParams(null, null))));
        assertEquals(403, loggedIn("bob").post(OAuthPages.CONSENT, "consent_ticket=" + ticket + "&decision=allow")
                .status());
        assertEquals(403, new Browser().post(OAuthPages.CONSENT, "consent_ticket=" + ticket + "&decision=allow")
                .status());
        assertEquals(400, loggedIn("alice").post(OAuthPages.CONSENT, "consent_ticket=" + ticket + "&decision=maybe")
                .status());
        SimClient.Response withBasic = client.send("POST", OAuthPages.CONSENT, Map.of("Authorization", ALICE_BASIC,
                "Content-Type", "application/x-www-form-urlencoded"), "consent_ticket=" + ticket + "&decision=allow");
        assertEquals(302, withBasic.status(), "Basic credentials work as well as the cookie");
    }

    @Test
    void basicCredentialsOnAuthorizeSkipTheLoginPageAndWrongOnesAre401() {
        SimClient.Response wrong = authorize(authorizeParams(null, null), SimClient.basic("alice", "nope"));
        assertEquals(401, wrong.status());
        assertEquals(Optional.of("AUTHENTICATED_FAILED"), wrong.header("X-Seraph-LoginReason"));
        assertEquals(302, authorize(authorizeParams(null, null), SimClient.ALICE).status(), "a PAT logs in too");
        String oauthToken = bearer(tokensFor("WRITE"));
        SimClient.Response withOAuthToken = authorize(authorizeParams(null, null), oauthToken);
        assertTrue(withOAuthToken.header("Location").orElseThrow().contains("/login?"),
                "an OAuth access token cannot authorize another client");
    }

    @Test
    void resetEndsTheSessions() {
        Browser browser = loggedIn("alice");
        client.post("/_sim/reset", null, "{}");
        registerClient();
        SimClient.Response answer = browser.get(AUTHORIZE + "?" + encode(authorizeParams(null, null)));
        assertTrue(answer.header("Location").orElseThrow().startsWith(jira.baseUrl() + "/login?"));
    }

    private static Browser loggedIn(String user) {
        Browser browser = new Browser();
        SimClient.Response answer = browser.post("/login", "os_username=" + user + "&os_password=" + user);
        assertEquals(302, answer.status(), answer.body());
        browser.keepCookie(answer);
        return browser;
    }

    private static String ticket(SimClient.Response consentPage) {
        assertEquals(200, consentPage.status(), consentPage.body());
        Matcher matcher = TICKET.matcher(consentPage.body());
        assertTrue(matcher.find(), consentPage.body());
        return matcher.group(1);
    }
}
