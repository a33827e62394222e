package org.mcpgate.oauth.endpoint;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import org.mcpgate.oauth.domain.OAuthError;

/** A form's parameters, each at most once (RFC 6749 §3.2: "parameters MUST NOT be included more than once"). */
record FormParameters(MultivaluedMap<String, String> form) {

    Optional<String> optional(String name) {
        List<String> values = form.get(name);
        if (values != null && values.size() > 1) {
            throw new OAuthError(OAuthError.INVALID_REQUEST, name + " is given more than once.");
        }
        return values == null ? Optional.empty() : values.stream().findFirst().filter(v -> !v.isEmpty());
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new OAuthError(OAuthError.INVALID_REQUEST, name + " is missing."));
    }
}
