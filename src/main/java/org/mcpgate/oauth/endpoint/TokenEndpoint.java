package org.mcpgate.oauth.endpoint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.mcpgate.oauth.domain.IssuedTokens;
import org.mcpgate.oauth.domain.OAuthError;
import org.mcpgate.oauth.domain.TokenIssuer;

/**
 * The token endpoint (RFC 6749 §3.2): authorization codes with their PKCE verifier (§4.1.3, RFC 7636 §4.5) and
 * rotating refresh tokens (§6). Clients are public: they identify themselves by {@code client_id} and hold no
 * secret.
 */
@RequestScoped
@Path("/token")
public class TokenEndpoint {

    @Inject
    TokenIssuer issuer;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(MultivaluedMap<String, String> form) {
        FormParameters parameters = new FormParameters(form);
        String grantType = parameters.required("grant_type");
        String clientId = publicClient(parameters);
        IssuedTokens tokens = switch (grantType) {
            case "authorization_code" -> issuer.exchange(new TokenIssuer.CodeGrant(clientId,
                    parameters.required("code"), parameters.required("redirect_uri"),
                    parameters.optional("code_verifier").orElse(null), parameters.optional("resource")));
            case "refresh_token" -> issuer.refresh(new TokenIssuer.RefreshGrant(clientId,
                    parameters.required("refresh_token"), parameters.optional("scope"),
                    parameters.optional("resource")));
            default -> throw new OAuthError(OAuthError.UNSUPPORTED_GRANT_TYPE, "grant_type must be"
                    + " authorization_code or refresh_token.");
        };
        return OAuthErrorMapper.json(Response.ok(), tokens.body());
    }

    /** The client's id; a client presenting a secret was not registered here (mcpgate registers public clients). */
    private String publicClient(FormParameters parameters) {
        if (parameters.optional("client_secret").isPresent() || headers.getHeaderString("Authorization") != null) {
            throw new OAuthError(OAuthError.INVALID_CLIENT, "mcpgate's clients are public: send client_id and the"
                    + " PKCE verifier, no client secret.");
        }
        return parameters.required("client_id");
    }
}
