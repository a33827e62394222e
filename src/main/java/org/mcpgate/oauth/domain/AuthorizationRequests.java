package org.mcpgate.oauth.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mcpgate.config.ProxySettings;

/**
 * Checks an authorization request (RFC 6749 §4.1.1, OAuth 2.1): first the client and its exact redirect URI, whose
 * failures are shown to the person; then the rest, whose failures go back to the client. PKCE with S256 is
 * required (RFC 7636; {@code plain} is refused, as OAuth 2.1 and the MCP specification ask).
 */
@ApplicationScoped
public class AuthorizationRequests {

    /** RFC 7636 §4.2: BASE64URL of a SHA-256 hash is exactly 43 characters. */
    private static final Pattern S256_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** The longest state mcpgate keeps (its column); real clients send 32 to 64 characters. */
    static final int MAX_STATE = 1000;
    private static final List<String> PARAMETERS = List.of("response_type", "client_id", "redirect_uri", "scope",
            "state", "code_challenge", "code_challenge_method", "resource");

    /** A request whose client and redirect URI are verified, with the rest checked. */
    public record Checked(RegisteredClient client, AuthorizationRequest request) {
    }

    @Inject
    Clients clients;

    @Inject
    ProxySettings settings;

    public Checked check(Map<String, List<String>> query) {
        String clientId = once(query, "client_id").orElseThrow(() -> new UnsafeRedirect("The request names no"
                + " client_id: start the sign-in again from your MCP client."));
        RegisteredClient client;
        try {
            client = clients.find(clientId).orElseThrow(() -> new UnsafeRedirect("This MCP client is not"
                    + " registered with mcpgate (it may have been removed by an administrator): remove mcpgate from"
                    + " the client and add it again."));
        } catch (OAuthError e) {
            throw new UnsafeRedirect("The client's metadata document could not be used: " + e.description());
        }
        String redirectUri = once(query, "redirect_uri").orElseThrow(() -> new UnsafeRedirect("The request names"
                + " no redirect_uri; mcpgate needs the exact one the client registered."));
        if (!client.allowsRedirect(redirectUri)) {
            throw new UnsafeRedirect("The redirect_uri is not one this client registered, so mcpgate will not send"
                    + " you there.");
        }
        Optional<String> state = Optional.empty();
        try {
            state = once(query, "state");
            if (state.filter(s -> s.length() > MAX_STATE).isPresent()) {
                state = Optional.empty();
                throw new OAuthError(OAuthError.INVALID_REQUEST, "state must not be longer than " + MAX_STATE
                        + " characters.");
            }
            return new Checked(client, rest(query, client, redirectUri, state));
        } catch (OAuthError e) {
            throw new AuthorizationError(e, redirectUri, state);
        }
    }

    private AuthorizationRequest rest(Map<String, List<String>> query, RegisteredClient client, String redirectUri,
            Optional<String> state) {
        for (String name : PARAMETERS) {
            once(query, name);
        }
        if (!once(query, "response_type").orElse("").equals("code")) {
            throw new OAuthError(OAuthError.UNSUPPORTED_RESPONSE_TYPE, "response_type must be code.");
        }
        if (!client.allowsGrant("authorization_code") || !settings.allowedGrantTypes()
                .contains("authorization_code")) {
            throw new OAuthError(OAuthError.UNAUTHORIZED_CLIENT, "This client may not use authorization codes.");
        }
        String challenge = once(query, "code_challenge").orElseThrow(() -> new OAuthError(
                OAuthError.INVALID_REQUEST, "PKCE is required: send code_challenge and code_challenge_method=S256."));
        if (!once(query, "code_challenge_method").orElse("plain").equals("S256")) {
            throw new OAuthError(OAuthError.INVALID_REQUEST, "code_challenge_method must be S256; plain is not"
                    + " accepted.");
        }
        if (!S256_CHALLENGE.matcher(challenge).matches()) {
            throw new OAuthError(OAuthError.INVALID_REQUEST, "code_challenge must be the 43-character BASE64URL"
                    + " SHA-256 of the code verifier.");
        }
        String scope = Scopes.normalize(once(query, "scope").orElse(null));
        String resource = resource(once(query, "resource"));
        return new AuthorizationRequest(client.clientId(), redirectUri, scope, state, challenge, resource);
    }

    /** RFC 8707: the resource must be this MCP server; a client that names none gets it. */
    String resource(Optional<String> requested) {
        if (requested.isEmpty()) {
            return settings.resource();
        }
        String resource = requested.get().replaceAll("/+$", "");
        if (!resource.equals(settings.resource()) && !resource.equals(settings.url("/sse"))
                && !resource.equals(settings.issuer())) {
            throw new OAuthError(OAuthError.INVALID_TARGET, "resource must be this MCP server, "
                    + settings.resource() + ".");
        }
        return settings.resource();
    }

    /** The parameter's only value; a parameter given twice is refused (RFC 6749 §3.1). */
    static Optional<String> once(Map<String, List<String>> query, String name) {
        List<String> values = query.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new OAuthError(OAuthError.INVALID_REQUEST, name + " is given more than once.");
        }
        return values.stream().findFirst().filter(v -> !v.isEmpty());
    }
}
