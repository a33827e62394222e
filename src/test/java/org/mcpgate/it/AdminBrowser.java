package org.mcpgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An administrator's browser on a deployment's admin page: cookies kept, redirects shown, not followed. */
final class AdminBrowser {

    static final String ADMIN = "admin:admin-it-password";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final String app;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    AdminBrowser(String deployment) {
        this.app = Servers.MCPGATE + deployment;
    }

    static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    String app() {
        return app;
    }

    HttpResponse<String> get(String url, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> page() throws Exception {
        return get(app + "/admin/", ADMIN);
    }

    HttpResponse<String> post(String url, String body, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits one of the admin page's forms ({@code connect}, {@code disconnect}), CSRF token included or not. */
    HttpResponse<String> submit(String action, String csrf) throws Exception {
        return post(app + "/admin/" + action, csrf == null ? "" : "csrf=" + csrf, ADMIN);
    }

    static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertTrue(m.find(), page.body());
        return m.group(1);
    }

    /** Presses Connect; answers where the browser is sent (the authorization server). */
    String startConnecting() throws Exception {
        HttpResponse<String> connect = submit("connect", csrf(page()));
        assertEquals(302, connect.statusCode(), connect.body());
        return connect.headers().firstValue("Location").orElseThrow();
    }

    /** Follows the authorization server's redirect back to the admin page; answers the page afterwards. */
    String returnFrom(HttpResponse<String> authorizationAnswer) throws Exception {
        String callback = authorizationAnswer.headers().firstValue("Location").orElseThrow();
        assertTrue(callback.startsWith(app + "/admin/oauth/callback?"), callback);
        HttpResponse<String> done = get(callback, ADMIN);
        assertEquals(302, done.statusCode(), done.body());
        return page().body();
    }

    void disconnectIfConnected() throws Exception {
        HttpResponse<String> page = page();
        if (page.body().contains("id=\"disconnect\"")) {
            submit("disconnect", csrf(page));
        }
    }
}
