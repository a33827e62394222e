package org.mcpgate.jirasim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;

/**
 * {@code POST /rest/oauth2/latest/token}: the authorization-code and refresh-token grants of Jira DC's OAuth 2.0
 * provider. Parameters come form-encoded in the body (Atlassian's examples put them in the query string, which is
 * read as well; the body wins). The client authenticates with {@code client_id} and {@code client_secret} in the
 * parameters or with HTTP Basic, not both.
 *
 * <p>Errors follow RFC 6749 §5.2: {@code invalid_client} is 401, the others 400. A body that is not form-encoded
 * (JSON, say) gets the 500 Jira's JAX-RS resource answers, since its {@code @FormParam}s cannot read it.
 */
final class OAuthTokenEndpoint {
    private final OAuthProvider provider;

    OAuthTokenEndpoint(OAuthProvider provider) {
        this.provider = provider;
    }

    ApiResponse answer(WebRequest request) {
        if (request.contentType() != null && !request.formEncoded() && request.body().length > 0) {
            ApiResponse failure = ApiResponse.json(500, Json.object()
                    .put("message", "java.lang.IllegalStateException: The @FormParam is utilized when the content"
                            + " type of the request entity is not application/x-www-form-urlencoded")
                    .put("status-code", 500));
            return failure.withHeader("X-AUSERNAME", "anonymous");
        }
        QueryParams form = request.form();
        QueryParams query = request.queryParams();
        Params params = name -> form.get(name) != null ? form.get(name) : query.get(name);
        String grant = params.get("grant_type");
        try {
            OAuthClient client = authenticate(request, params);
            if (grant == null || grant.isEmpty()) {
                throw OAuthError.invalidRequest("grant_type is required");
            }
            OAuthProvider.Issued issued = switch (grant) {
                case "authorization_code" -> provider.exchange(client, params.get("code"),
                        params.get("redirect_uri"), params.get("code_verifier"));
                case "refresh_token" -> provider.refresh(client, params.get("refresh_token"),
                        params.get("redirect_uri"), params.get("scope"));
                default -> throw OAuthError.unsupportedGrantType("grant_type " + grant + " is not supported;"
                        + " use authorization_code or refresh_token");
            };
            return ApiResponse.ok(issued.toJson())
                    .withHeader("Cache-Control", "no-store")
                    .withHeader("Pragma", "no-cache")
                    .withHeader("X-AUSERNAME", "anonymous");
        } catch (OAuthError e) {
            if ("refresh_token".equals(grant)) {
                provider.refreshFailed();
            }
            return e.response().withHeader("X-AUSERNAME", "anonymous");
        }
    }

    @FunctionalInterface
    private interface Params {
        String get(String name);
    }

    private OAuthClient authenticate(WebRequest request, Params params) {
        String id = params.get("client_id");
        String secret = params.get("client_secret");
        String header = request.authorization();
        if (header == null || !header.trim().toLowerCase(Locale.ROOT).startsWith("basic ")) {
            if (id == null || secret == null) {
                throw OAuthError.invalidClient("Client authentication failed: client_id and client_secret are"
                        + " required");
            }
            return check(id, secret);
        }
        if (secret != null) {
            throw OAuthError.invalidRequest("Use one way of client authentication: HTTP Basic or client_secret");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.trim().substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient("Client authentication failed");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw OAuthError.invalidClient("Client authentication failed");
        }
        // RFC 6749 §2.3.1 form-encodes both halves; many clients do not, so the raw form is tried as well.
        String rawId = decoded.substring(0, colon);
        String rawSecret = decoded.substring(colon + 1);
        String basicId = formDecode(rawId);
        if (id != null && !id.equals(basicId) && !id.equals(rawId)) {
            throw OAuthError.invalidRequest("client_id differs from the one of HTTP Basic");
        }
        try {
            return check(basicId, formDecode(rawSecret));
        } catch (OAuthError e) {
            return check(rawId, rawSecret);
        }
    }

    private OAuthClient check(String id, String secret) {
        return provider.client(id)
                .filter(c -> MessageDigest.isEqual(c.clientSecret().getBytes(StandardCharsets.UTF_8),
                        secret.getBytes(StandardCharsets.UTF_8)))
                .orElseThrow(() -> OAuthError.invalidClient("Client authentication failed"));
    }

    private static String formDecode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
