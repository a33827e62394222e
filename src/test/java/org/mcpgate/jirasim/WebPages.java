package org.mcpgate.jirasim;

/**
 * What the simulator serves outside the REST resources: Jira DC's OAuth 2.0 provider
 * ({@code /rest/oauth2/latest/authorize} and {@code /token}, see {@link OAuthPages} and {@link OAuthTokenEndpoint})
 * and the browser pages it needs ({@code /login}, {@code /login.jsp}, {@code /plugins/servlet/oauth2/consent}). Every
 * answer names the user in {@code X-AUSERNAME}, as Jira's pages do.
 */
final class WebPages {
    static final String TOKEN = "/rest/oauth2/latest/token";
    private static final String OAUTH_PREFIX = "/rest/oauth2/";
    private static final String LOGIN_JSP = "/login.jsp";

    private final OAuthPages oauth;
    private final OAuthTokenEndpoint token;
    private final LoginPage login;
    private final String baseUrl;

    WebPages(OAuthProvider provider, WebSessions sessions, Authenticator authenticator, String baseUrl) {
        this.login = new LoginPage(sessions, authenticator, baseUrl);
        this.oauth = new OAuthPages(provider, login);
        this.token = new OAuthTokenEndpoint(provider);
        this.baseUrl = baseUrl;
    }

    static boolean handles(String path) {
        return path.startsWith(OAUTH_PREFIX) || path.equals(LoginPage.PATH) || path.equals(LOGIN_JSP)
                || path.equals(OAuthPages.CONSENT);
    }

    ApiResponse answer(WebRequest request) {
        boolean get = request.method().equals("GET");
        boolean post = request.method().equals("POST");
        ApiResponse response = switch (request.path()) {
            case OAuthPages.AUTHORIZE -> get ? oauth.authorize(request) : JiraErrors.methodNotAllowed("GET");
            case TOKEN -> post ? token.answer(request) : JiraErrors.methodNotAllowed("POST");
            case OAuthPages.CONSENT -> post ? oauth.consent(request) : JiraErrors.methodNotAllowed("POST");
            case LoginPage.PATH, LOGIN_JSP -> get ? login.form(request) : post ? login.submit(request)
                    : JiraErrors.methodNotAllowed("GET, POST");
            default -> JiraErrors.noSuchResource(baseUrl + request.path()
                    + (request.query() == null ? "" : "?" + request.query()));
        };
        return response.headers().containsKey("X-AUSERNAME") ? response
                : response.withHeader("X-AUSERNAME", "anonymous");
    }
}
