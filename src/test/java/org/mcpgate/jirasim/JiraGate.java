package org.mcpgate.jirasim;

/**
 * Seraph and Jersey in front of the REST resources: rejects failed credentials, routes, tells 404 from 405, lets
 * anonymous requests through only where the anonymous switch allows, holds OAuth 2.0 access tokens to their scope
 * (403), then runs the handler under the store's lock.
 */
final class JiraGate {
    private final JiraStore store;
    private final Router router;
    private final SimSettings settings;
    private final String baseUrl;

    JiraGate(JiraStore store, Router router, SimSettings settings, String baseUrl) {
        this.store = store;
        this.router = router;
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    ApiResponse answer(String method, String path, String query, byte[] body, AuthResult auth) {
        String routed = path.startsWith("/rest/api/latest/") ? "/rest/api/2/" + path.substring(17) : path;
        if (auth.outcome() == AuthResult.Outcome.BAD_PASSWORD) {
            return JiraErrors.unauthorized(true);
        }
        Router.Match match = router.match(method, routed);
        boolean anonymousAllowed = settings.anonymousAccess() && match.found() && match.route().anonymousReadable();
        if (auth.outcome() == AuthResult.Outcome.BAD_TOKEN && !anonymousAllowed) {
            return JiraErrors.unauthorized(true);
        }
        SimUser user = auth.user();
        String shown = user == null ? "anonymous" : user.name();
        if (!match.found()) {
            ApiResponse missing = match.methodNotAllowed() ? JiraErrors.methodNotAllowed(match.allowedMethods())
                    : JiraErrors.noSuchResource(baseUrl + path + (query == null ? "" : "?" + query));
            return missing.withHeader("X-AUSERNAME", shown);
        }
        if (user == null && !anonymousAllowed) {
            return JiraErrors.unauthorized(false);
        }
        if (user != null && auth.scoped() && !auth.scope().permits(method, routed)) {
            return auth.scope().forbidden(OAuthScope.needed(method, routed)).withHeader("X-AUSERNAME", shown);
        }
        ApiRequest request = new ApiRequest(method, routed, match.variables(), QueryParams.parse(query), body, user);
        ApiResponse response;
        synchronized (store.lock()) {
            try {
                response = match.route().handler().handle(request);
            } catch (JiraException e) {
                response = e.response();
            }
        }
        return response.withHeader("X-AUSERNAME", shown);
    }
}
