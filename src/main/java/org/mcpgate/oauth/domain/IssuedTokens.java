package org.mcpgate.oauth.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A successful token response (RFC 6749 §5.1): the only place a token's value ever exists on the server. */
public record IssuedTokens(String accessToken, long expiresIn, Optional<String> refreshToken, String scope) {

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        body.put("token_type", "Bearer");
        body.put("expires_in", expiresIn);
        refreshToken.ifPresent(token -> body.put("refresh_token", token));
        body.put("scope", scope);
        return body;
    }

    @Override
    public String toString() {
        return "IssuedTokens[scope=" + scope + ", expiresIn=" + expiresIn + "]";
    }
}
