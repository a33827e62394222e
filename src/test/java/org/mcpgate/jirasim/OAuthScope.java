package org.mcpgate.jirasim;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The scopes of Jira DC's OAuth 2.0 provider, each including the ones before it: READ ⊂ WRITE ⊂ ADMIN ⊂
 * SYSTEM_ADMIN. The simulator serves no administration resource, so WRITE and above allow every request it serves.
 */
enum OAuthScope {
    READ, WRITE, ADMIN, SYSTEM_ADMIN;

    /** Writes that only read: a READ token may search by POST. Paths as routed ({@code latest} resolved). */
    private static final List<String> READS_BY_POST = List.of("/rest/api/2/search");

    boolean includes(OAuthScope other) {
        return ordinal() >= other.ordinal();
    }

    /** A scope by its exact name, as Jira spells it. */
    static Optional<OAuthScope> named(String name) {
        for (OAuthScope scope : values()) {
            if (scope.name().equals(name)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /**
     * The scope a {@code scope} request parameter asks for: the widest of its space- or comma-separated names.
     *
     * @return empty when the parameter names a scope Jira does not have (then the answer is {@code invalid_scope})
     */
    static Optional<OAuthScope> requested(String parameter) {
        OAuthScope widest = null;
        for (String name : parameter.trim().split("[\\s,]+")) {
            Optional<OAuthScope> scope = named(name);
            if (scope.isEmpty()) {
                return Optional.empty();
            }
            widest = widest == null || scope.get().includes(widest) ? scope.get() : widest;
        }
        return Optional.ofNullable(widest);
    }

    /** What a REST request needs: READ for GET, HEAD, OPTIONS and the search by POST; WRITE for other writes. */
    static OAuthScope needed(String method, String routedPath) {
        String verb = method.toUpperCase(Locale.ROOT);
        boolean read = verb.equals("GET") || verb.equals("HEAD") || verb.equals("OPTIONS")
                || verb.equals("POST") && READS_BY_POST.contains(routedPath);
        return read ? READ : WRITE;
    }

    boolean permits(String method, String routedPath) {
        return includes(needed(method, routedPath));
    }

    /** The 403 a token of this scope gets for a request that needs more, in Jira's error-body shape. */
    ApiResponse forbidden(OAuthScope needed) {
        String message = "The OAuth 2.0 access token was granted the " + name() + " scope, which does not allow"
                + " this request; it needs " + needed.name() + ".";
        return ApiResponse.json(403, JiraErrors.body(List.of(message), Map.of()));
    }
}
