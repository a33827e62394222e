package org.mcpgate.jirasim;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A request for one of the simulator's browser pages or the OAuth 2.0 endpoints, which read headers the REST
 * resources never need.
 *
 * @param auth what the Authorization header amounts to as user credentials
 * @param authorization the raw Authorization header (the token endpoint reads client credentials from it), or null
 * @param cookie the raw Cookie header, or null
 * @param contentType the raw Content-Type header, or null
 */
record WebRequest(String method, String path, String query, byte[] body, AuthResult auth, String authorization,
        String cookie, String contentType) {

    QueryParams queryParams() {
        return QueryParams.parse(query);
    }

    boolean formEncoded() {
        return contentType != null
                && contentType.trim().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The body as form fields; empty unless the request says it is form-encoded. */
    QueryParams form() {
        return formEncoded() ? QueryParams.parse(new String(body, StandardCharsets.UTF_8)) : QueryParams.parse(null);
    }

    /** The value of a cookie, if sent. */
    Optional<String> cookie(String name) {
        if (cookie == null) {
            return Optional.empty();
        }
        for (String pair : cookie.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
                return Optional.of(pair.substring(eq + 1).trim());
            }
        }
        return Optional.empty();
    }
}
