package org.mcpgate.oauth.endpoint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.mcpgate.oauth.domain.ClientRegistration;
import org.mcpgate.oauth.domain.ClientRepository;
import org.mcpgate.oauth.domain.OAuthError;
import org.mcpgate.oauth.domain.RegisteredClient;

/**
 * Dynamic client registration (RFC 7591 §3): public clients only, redirect URIs within the admin's allowlist.
 * Anyone can call it, so bodies are capped and each address may register only a few clients a minute.
 */
@RequestScoped
@Path("/register")
public class ClientRegistrationEndpoint {

    static final int MAX_BODY_BYTES = 16 * 1024;
    private static final Logger LOG = Logger.getLogger(ClientRegistrationEndpoint.class.getName());

    @Inject
    ClientRegistration registration;

    @Inject
    ClientRepository clients;

    @Inject
    RegistrationRateLimit rateLimit;

    @Context
    HttpServletRequest request;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(InputStream body) throws IOException {
        long retryAfter = rateLimit.secondsUntilAllowed(request.getRemoteAddr());
        if (retryAfter > 0) {
            return OAuthErrorMapper.json(Response.status(429).header("Retry-After", retryAfter), java.util.Map.of(
                    "error", OAuthError.INVALID_REQUEST, "error_description", "Too many registrations from this"
                            + " address; retry in " + retryAfter + " s."));
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new OAuthError(OAuthError.INVALID_CLIENT_METADATA, "Send the client metadata as application/json.");
        }
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new OAuthError(OAuthError.INVALID_CLIENT_METADATA, "The client metadata is over "
                    + MAX_BODY_BYTES + " bytes.", 413);
        }
        RegisteredClient client = registration.register(new String(bytes, StandardCharsets.UTF_8));
        clients.save(client);
        LOG.info(() -> "OAuth proxy: registered client " + client.clientId() + " (" + client.clientName() + ")");
        return OAuthErrorMapper.json(Response.status(201), ClientRegistration.response(client));
    }
}
