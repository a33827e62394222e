package org.mcpgate.atlassian.grant;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mcpgate.atlassian.Json;
import org.mcpgate.atlassian.UpstreamErrors;
import org.mcpgate.atlassian.UpstreamException;
import org.mcpgate.config.Version;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The token endpoint of Jira Data Center's OAuth 2.0 provider ({@code {base}/rest/oauth2/latest/token}) or of
 * Atlassian Cloud ({@code https://auth.atlassian.com/oauth/token}), form-encoded, called with mcpgate's client id
 * and secret in the body (RFC 6749 §2.3.1). Failures become {@link UpstreamException}s that say what to do; no
 * token, code, verifier or secret ever reaches a message.
 */
public final class OAuthTokenEndpoint {

    private static final String USER_AGENT = "mcpgate/" + Version.CURRENT;

    private final Client http;
    private final UpstreamProvider provider;
    private final URI tokenUrl;
    private final OAuthClient client;
    private final long timeoutSeconds;

    public OAuthTokenEndpoint(Client http, UpstreamProvider provider, URI tokenUrl, OAuthClient client,
            Duration timeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.client = Objects.requireNonNull(client, "client");
        this.timeoutSeconds = timeout.toSeconds();
    }

    /** The provider's endpoint for a grant's site (the Jira base URL, or any cloud id). */
    public static OAuthTokenEndpoint forSite(Client http, UpstreamProvider provider, String site, OAuthClient client,
            Duration timeout) {
        return new OAuthTokenEndpoint(http, provider, provider.tokenUrl(site), client, timeout);
    }

    /** Exchanges an authorization code (RFC 6749 §4.1.3) with its PKCE verifier (RFC 7636 §4.5). */
    public TokenResponse exchange(String code, String codeVerifier, String redirectUri) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", "authorization_code");
        params.put("code", Objects.requireNonNull(code, "code"));
        params.put("redirect_uri", Objects.requireNonNull(redirectUri, "redirect_uri"));
        params.put("code_verifier", Objects.requireNonNull(codeVerifier, "codeVerifier"));
        return post(params, TokenEndpointErrors.Grant.AUTHORIZATION_CODE, List.of(code, codeVerifier));
    }

    /** Refreshes (RFC 6749 §6); both providers rotate, so the answer carries the refresh token to keep. */
    public TokenResponse refresh(String refreshToken) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", "refresh_token");
        params.put("refresh_token", Objects.requireNonNull(refreshToken, "refreshToken"));
        if (provider == UpstreamProvider.JIRA_DC) {
            // Atlassian's Data Center examples send it on refresh too, and a provider may insist
            params.put("redirect_uri", client.redirectUri());
        }
        return post(params, TokenEndpointErrors.Grant.REFRESH_TOKEN, List.of(refreshToken));
    }

    private TokenResponse post(Map<String, String> params, TokenEndpointErrors.Grant grant, List<String> secrets) {
        params.put("client_id", client.clientId());
        params.put("client_secret", client.clientSecret());
        List<String> redact = new ArrayList<>(secrets);
        redact.add(client.clientSecret());
        TokenEndpointErrors errors = new TokenEndpointErrors(provider, grant, redact);
        try (Response response = http.target(tokenUrl).request(MediaType.APPLICATION_JSON_TYPE)
                .header("User-Agent", USER_AGENT).post(body(params))) {
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            int status = response.getStatus();
            if (status < 200 || status >= 300) {
                throw errors.fromResponse(status, text, response.getHeaderString("Retry-After"));
            }
            return parse(text, status, errors);
        } catch (ProcessingException e) {
            throw UpstreamErrors.fromFailure(provider.product() + "'s token endpoint", tokenUrl.toString(), e,
                    timeoutSeconds);
        }
    }

    /**
     * A form, as RFC 6749 §4.1.3 prescribes, for both: Jira DC reads only forms, and auth.atlassian.com takes the
     * standard form as well as the JSON of its examples (standard authorization servers take only the form).
     */
    private static Entity<?> body(Map<String, String> params) {
        Form form = new Form();
        params.forEach(form::param);
        return Entity.form(form);
    }

    private static TokenResponse parse(String text, int status, TokenEndpointErrors errors) {
        JsonNode json;
        try {
            json = Json.parse(text);
        } catch (JacksonException e) {
            throw errors.malformed(status, "not JSON");
        }
        String accessToken = json.path("access_token").stringValue(null);
        if (accessToken == null || accessToken.isBlank()) {
            throw errors.malformed(status, "no access_token");
        }
        String tokenType = json.path("token_type").stringValue("Bearer");
        if (!tokenType.equalsIgnoreCase("bearer")) {
            throw errors.malformed(status, "token_type '" + tokenType + "' instead of Bearer");
        }
        JsonNode expires = json.path("expires_in");
        Optional<Duration> expiresIn = expires.isNumber() || expires.isString() && expires.asString().matches("\\d+")
                ? Optional.of(Duration.ofSeconds(expires.asLong())).filter(d -> !d.isNegative() && !d.isZero())
                : Optional.empty();
        return new TokenResponse(accessToken, nonBlank(json, "refresh_token"), expiresIn, tokenType,
                nonBlank(json, "scope"));
    }

    private static Optional<String> nonBlank(JsonNode json, String name) {
        return Optional.ofNullable(json.path(name).stringValue(null)).filter(v -> !v.isBlank());
    }
}
