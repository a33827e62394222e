package org.mcpgate.jirasim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The browser side of Jira DC's OAuth 2.0 provider: {@code GET /rest/oauth2/latest/authorize} and the consent form it
 * shows, answered by {@code POST /plugins/servlet/oauth2/consent}.
 *
 * <p>An unknown {@code client_id} or a {@code redirect_uri} other than the client's (compared exactly) is a 400 page,
 * never a redirect. Other mistakes go back to the client as {@code redirect_uri?error=...&state=...}:
 * {@code unsupported_response_type}, {@code invalid_scope} (a name Jira lacks, or wider than the client's scope) and
 * {@code invalid_request} (PKCE parameters). A missing {@code scope} means the client's scope. Then the user: Basic
 * (or PAT) credentials on the request, else the session cookie of the login page, else 302 to
 * {@code /login?os_destination=...}. With {@code autoConsent} (the default) the answer is at once a 302 to
 * {@code redirect_uri?code=...&state=...}; without, the consent page, whose Allow gives that redirect and whose
 * Deny gives {@code redirect_uri?error=access_denied&state=...}.
 */
final class OAuthPages {
    static final String AUTHORIZE = "/rest/oauth2/latest/authorize";
    static final String CONSENT = "/plugins/servlet/oauth2/consent";
    private static final String PKCE_VALUE = "[A-Za-z0-9._~-]{43,128}";

    private final OAuthProvider provider;
    private final LoginPage login;

    OAuthPages(OAuthProvider provider, LoginPage login) {
        this.provider = provider;
        this.login = login;
    }

    ApiResponse authorize(WebRequest request) {
        QueryParams query = request.queryParams();
        Optional<OAuthClient> found = provider.client(query.get("client_id"));
        if (found.isEmpty()) {
            return errorPage(400, "The client_id is missing or no application link has it.");
        }
        OAuthClient client = found.get();
        String redirect = query.get("redirect_uri");
        if (!client.redirectUri().equals(redirect)) {
            return errorPage(400, "The redirect_uri is missing or is not the one configured for this application"
                    + " link.");
        }
        String state = query.get("state");
        String responseType = query.get("response_type");
        if (responseType == null || responseType.isEmpty()) {
            return back(redirect, "invalid_request", "response_type is required", state);
        }
        if (!responseType.equals("code")) {
            return back(redirect, "unsupported_response_type", "Only response_type=code is supported", state);
        }
        OAuthScope scope = client.scope();
        String scopeParameter = query.get("scope");
        if (scopeParameter != null && !scopeParameter.isBlank()) {
            Optional<OAuthScope> asked = OAuthScope.requested(scopeParameter);
            if (asked.isEmpty()) {
                return back(redirect, "invalid_scope", "Scopes are READ, WRITE, ADMIN and SYSTEM_ADMIN", state);
            }
            if (!client.scope().includes(asked.get())) {
                return back(redirect, "invalid_scope", "This application link allows at most the "
                        + client.scope().name() + " scope", state);
            }
            scope = asked.get();
        }
        String challenge = query.get("code_challenge");
        String method = query.get("code_challenge_method");
        if (challenge == null && method != null) {
            return back(redirect, "invalid_request", "code_challenge_method needs a code_challenge", state);
        }
        if (challenge != null) {
            method = method == null ? "plain" : method;
            if (!method.equals("S256") && !method.equals("plain")) {
                return back(redirect, "invalid_request", "code_challenge_method is S256 or plain", state);
            }
            if (!challenge.matches(PKCE_VALUE)) {
                return back(redirect, "invalid_request", "code_challenge must be 43 to 128 characters of"
                        + " [A-Za-z0-9-._~]", state);
            }
        }
        OAuthProvider.Authorization authorization = new OAuthProvider.Authorization(client.clientId(), redirect,
                scope, state, challenge, challenge == null ? null : method);
        if (request.auth().outcome() == AuthResult.Outcome.BAD_PASSWORD) {
            return JiraErrors.unauthorized(true);
        }
        Optional<SimUser> user = login.visitor(request);
        if (user.isEmpty()) {
            return login.redirectToLogin(request).withHeader("X-AUSERNAME", "anonymous");
        }
        if (provider.settings().autoConsent()) {
            return withCode(authorization, user.get());
        }
        String ticket = provider.openConsent(authorization, user.get().name());
        return consentPage(client, authorization, user.get(), ticket);
    }

    ApiResponse consent(WebRequest request) {
        if (request.auth().outcome() == AuthResult.Outcome.BAD_PASSWORD) {
            return JiraErrors.unauthorized(true);
        }
        QueryParams form = request.form();
        String ticket = form.get("consent_ticket");
        Optional<OAuthProvider.Consent> consent = provider.consent(ticket);
        if (consent.isEmpty()) {
            return errorPage(400, "This consent request is unknown or has already been answered.");
        }
        Optional<SimUser> user = login.visitor(request);
        if (user.isEmpty() || !user.get().name().equals(consent.get().user())) {
            return errorPage(403, "This consent request belongs to another user; log in as "
                    + consent.get().user() + ".");
        }
        String decision = form.get("decision");
        if (!"allow".equals(decision) && !"deny".equals(decision)) {
            return errorPage(400, "The decision is allow or deny.");
        }
        provider.closeConsent(ticket);
        OAuthProvider.Authorization authorization = consent.get().authorization();
        if (provider.client(authorization.clientId()).isEmpty()) {
            return errorPage(400, "The application link was deleted meanwhile.");
        }
        if (decision.equals("deny")) {
            return back(authorization.redirectUri(), "access_denied", "The user denied access",
                    authorization.state()).withHeader("X-AUSERNAME", user.get().name());
        }
        return withCode(authorization, user.get());
    }

    private ApiResponse withCode(OAuthProvider.Authorization authorization, SimUser user) {
        String code = provider.issueCode(authorization, user.name());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("state", authorization.state());
        return Html.redirect(Html.withParams(authorization.redirectUri(), params))
                .withHeader("X-AUSERNAME", user.name());
    }

    private static ApiResponse back(String redirectUri, String error, String description, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error);
        params.put("error_description", description);
        params.put("state", state);
        return Html.redirect(Html.withParams(redirectUri, params));
    }

    private static ApiResponse consentPage(OAuthClient client, OAuthProvider.Authorization authorization,
            SimUser user, String ticket) {
        String body = "<p id=\"consent-text\"><strong>" + Html.escape(client.clientId()) + "</strong> wants to access"
                + " Jira as <strong>" + Html.escape(user.displayName()) + "</strong> (" + Html.escape(user.name())
                + ") with the <strong id=\"consent-scope\">" + authorization.scope().name() + "</strong> scope.</p>\n"
                + "<form id=\"consent-form\" method=\"post\" action=\"" + CONSENT + "\">\n"
                + Html.hidden("consent_ticket", ticket) + "\n"
                + "<button id=\"allow\" type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>\n"
                + "<button id=\"deny\" type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n"
                + "</form>";
        return Html.page(200, "Allow access?", body).withHeader("X-AUSERNAME", user.name());
    }

    private static ApiResponse errorPage(int status, String message) {
        return Html.page(status, "Invalid OAuth 2.0 request",
                "<p id=\"oauth-error\">" + Html.escape(message) + "</p>");
    }
}
