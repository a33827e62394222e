package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser during an MCP client's sign-in through the OAuth proxy: its own cookie jar, redirects shown
 * and followed step by step by the test. At Jira (the simulator) it signs in with Basic credentials, which the
 * simulator's authorize page accepts, and consent there is automatic.
 */
final class ProxyBrowser {

    static final String JIRA_AUTHORIZE = Servers.JIRA + "/rest/oauth2/latest/authorize?";
    static final String CALLBACK = Servers.PROXY + "/oauth/callback?";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

    /** The consent page's form: the signed request and the CSRF token, as hidden fields. */
    record ConsentForm(String ticket, String csrf) {

        static ConsentForm of(HttpResponse<String> page) {
            assertEquals(200, page.statusCode(), page.body());
            return new ConsentForm(hidden(page.body(), "ticket"), hidden(page.body(), "csrf"));
        }

        private static String hidden(String html, String name) {
            Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
            assertTrue(m.find(), "the consent page has no " + name + " field: " + html);
            return m.group(1);
        }
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET carrying Basic credentials, {@code user:password}. */
    HttpResponse<String> get(String url, String credentials) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AdminBrowser.basic(
                credentials)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits a form, its body already encoded. */
    HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Presses Approve or Deny on the consent page, sending the form to that node's consent endpoint. */
    HttpResponse<String> decide(String node, ConsentForm form, String decision) throws Exception {
        return post(node + "/oauth/consent", "ticket=" + encode(form.ticket()) + "&csrf=" + encode(form.csrf())
                + "&decision=" + decision);
    }

    /**
     * Follows the proxy's redirect to Jira, signs in there as {@code user} (password = user name), and follows Jira's
     * redirect back to the proxy's callback; answers the callback's answer.
     */
    HttpResponse<String> signInAtJira(HttpResponse<String> toJira, String user) throws Exception {
        String jira = location(toJira);
        assertTrue(jira.startsWith(JIRA_AUTHORIZE), jira);
        HttpResponse<String> back = get(jira, user + ":" + user);
        assertEquals(302, back.statusCode(), back.body());
        String callback = location(back);
        assertTrue(callback.startsWith(CALLBACK), callback);
        return get(callback);
    }

    /**
     * The whole sign-in with consent: opens the authorization URL, approves on the consent page, signs in at Jira;
     * answers where the proxy finally sends the browser (the client's redirect URI, with code, state and iss).
     */
    URI authorize(String authorizationUrl, String user) throws Exception {
        HttpResponse<String> page = get(authorizationUrl);
        HttpResponse<String> toJira = decide(Servers.PROXY, ConsentForm.of(page), "approve");
        assertEquals(303, toJira.statusCode(), toJira.body());
        return clientRedirect(signInAtJira(toJira, user));
    }

    /** The proxy's last redirect, to the MCP client. */
    static URI clientRedirect(HttpResponse<String> callbackAnswer) {
        assertEquals(302, callbackAnswer.statusCode(), callbackAnswer.body());
        return URI.create(location(callbackAnswer));
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location in the"
                + " answer " + response.statusCode() + " to " + response.uri() + ": " + response.body()));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
