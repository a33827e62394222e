package org.mcpgate.oauth.endpoint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.mcpgate.oauth.domain.Revocations;
import org.mcpgate.oauth.domain.Secrets;
import org.mcpgate.oauth.domain.TokenRepository;

/**
 * Token revocation (RFC 7009 §2): revoking either token of a sign-in ends the whole sign-in, and mcpgate forgets the
 * person's Atlassian grant behind it. The answer is 200 whether or not the token was known (§2.2).
 */
@RequestScoped
@Path("/revoke")
public class RevocationEndpoint {

    @Inject
    TokenRepository tokens;

    @Inject
    Revocations revocations;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(MultivaluedMap<String, String> form) {
        FormParameters parameters = new FormParameters(form);
        String token = parameters.required("token");
        String clientId = parameters.required("client_id");
        tokens.findToken(Secrets.hash(token)).map(TokenRepository.Found::family)
                .filter(family -> family.clientId().equals(clientId))
                .ifPresent(family -> revocations.revokeFamily(family.id(), "revoked by the client"));
        return Response.ok().header("Cache-Control", "no-store").build();
    }
}
