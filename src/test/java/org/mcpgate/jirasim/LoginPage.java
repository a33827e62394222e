package org.mcpgate.jirasim;

import java.util.Optional;

/**
 * Jira's login page, as small as a browser (or a headless one in a test) needs: {@code GET /login} shows a form
 * (Jira's field names {@code os_username}, {@code os_password} and element ids {@code login-form-username},
 * {@code login-form-password}, {@code login-form-submit}; {@code username} and {@code password} are accepted too),
 * {@code POST /login} checks the password, sets the {@code JSESSIONID} cookie and redirects to
 * {@code os_destination}. {@code /login.jsp} is the same page. The session only counts on these browser pages
 * (authorize and consent), not on the REST API.
 */
final class LoginPage {
    static final String PATH = "/login";
    static final String FAILED = "Sorry, your username and password are incorrect - please try again.";

    private final WebSessions sessions;
    private final Authenticator authenticator;
    private final String baseUrl;

    LoginPage(WebSessions sessions, Authenticator authenticator, String baseUrl) {
        this.sessions = sessions;
        this.authenticator = authenticator;
        this.baseUrl = baseUrl;
    }

    /**
     * Who a browser-page request acts as: its Basic (or PAT) credentials, else its session cookie. OAuth access
     * tokens do not count: they cannot authorize further clients.
     */
    Optional<SimUser> visitor(WebRequest request) {
        if (request.auth().authenticated() && !request.auth().scoped()) {
            return Optional.of(request.auth().user());
        }
        return request.cookie(WebSessions.COOKIE).flatMap(sessions::user).flatMap(authenticator::activeUser);
    }

    /** Seraph's answer to a page that needs a user: 302 to the login page, which comes back here afterwards. */
    ApiResponse redirectToLogin(WebRequest request) {
        String here = request.path() + (request.query() == null ? "" : "?" + request.query());
        return Html.redirect(baseUrl + PATH + "?os_destination=" + Html.encode(here));
    }

    ApiResponse form(WebRequest request) {
        Optional<SimUser> visitor = visitor(request);
        String note = visitor.map(u -> "<p id=\"logged-in\">You are logged in as " + Html.escape(u.name())
                + ".</p>\n").orElse("");
        return page(200, note, request.queryParams().get("os_destination"))
                .withHeader("X-AUSERNAME", visitor.map(SimUser::name).orElse("anonymous"));
    }

    ApiResponse submit(WebRequest request) {
        QueryParams form = request.form();
        String name = first(form.get("os_username"), form.get("username"));
        String password = first(form.get("os_password"), form.get("password"));
        String destination = form.get("os_destination");
        Optional<SimUser> user = authenticator.checkPassword(name, password);
        if (user.isEmpty()) {
            return page(200, "<p id=\"login-error\" class=\"error\">" + Html.escape(FAILED) + "</p>\n", destination)
                    .withHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED")
                    .withHeader("X-AUSERNAME", "anonymous");
        }
        request.cookie(WebSessions.COOKIE).ifPresent(sessions::close);
        String session = sessions.open(user.get().name());
        String next = safe(destination) ? destination : PATH;
        return Html.redirect(baseUrl + next)
                .withHeader("Set-Cookie", WebSessions.COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Lax")
                .withHeader("X-AUSERNAME", user.get().name())
                .withHeader("X-Seraph-LoginReason", "OK");
    }

    private static ApiResponse page(int status, String message, String destination) {
        String body = message
                + "<form id=\"login-form\" method=\"post\" action=\"" + PATH + "\">\n"
                + (destination == null ? "" : Html.hidden("os_destination", destination) + "\n")
                + "<label for=\"login-form-username\">Username</label>\n"
                + "<input id=\"login-form-username\" name=\"os_username\" type=\"text\" autocomplete=\"username\">\n"
                + "<label for=\"login-form-password\">Password</label>\n"
                + "<input id=\"login-form-password\" name=\"os_password\" type=\"password\""
                + " autocomplete=\"current-password\">\n"
                + "<button id=\"login-form-submit\" type=\"submit\">Log In</button>\n"
                + "</form>";
        return Html.page(status, "Log in", body);
    }

    /** Only a path of this server: no scheme, no host, no {@code //host}. */
    private static boolean safe(String destination) {
        return destination != null && destination.startsWith("/") && !destination.startsWith("//")
                && !destination.contains("\\") && destination.chars().noneMatch(c -> c < 0x20);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
